namespace Zhongyuan.Demo.Data;

/// <summary>Writes 人口基本信息: one row per person, with the ID number as the key.</summary>
internal sealed class PersonsWriter(string directory, int seed) : DemoFileWriter(DemoDataFiles.Persons, directory, seed)
{
    private static readonly string[] _maritalStatuses = ["未婚", "已婚", "离婚", "丧偶"];

    private static readonly string[] _educations =
        ["学龄前", "小学", "初中", "高中", "中等专科", "大学专科", "大学本科", "研究生", "文盲或半文盲"];

    /// <summary>Writes <paramref name="p"/>'s row.</summary>
    public void Write(in DemoPerson p)
    {
        Row.Id(p, key: true);
        Name(p);
        Row.Text(p.Male ? "男" : "女");
        Row.Text(DemoNames.Nations[p.Nation]);
        Row.Date(p.Birth);
        if (Row.Begin())
        {
            AppendAddress(p);
            Row.End();
        }
        var age = p.AgeOn(DemoPopulation.AsOf);
        Row.Text(_maritalStatuses[MaritalStatus(age)]);
        Row.Text(_educations[Education(age)]);
        Row.Date(p.Registered);
        Row.EndRow();
    }

    private int MaritalStatus(int age)
    {
        var draw = Random.Next(100);
        return age switch
        {
            < 20 => 0,
            < 30 => draw < 50 ? 0 : draw < 97 ? 1 : 2,
            < 60 => draw < 5 ? 0 : draw < 89 ? 1 : draw < 96 ? 2 : 3,
            _ => draw < 2 ? 0 : draw < 75 ? 1 : draw < 78 ? 2 : 3,
        };
    }

    // By age at school, then by cohort: the young are more educated than the old.
    private int Education(int age)
    {
        if (age < 19)
        {
            return age switch { < 7 => 0, < 13 => 1, < 16 => 2, _ => 3 };
        }
        var draw = Random.Next(100) + (age > 60 ? 35 : age > 40 ? 15 : 0);
        return draw switch
        {
            < 3 => 7,
            < 18 => 6,
            < 33 => 5,
            < 43 => 4,
            < 63 => 3,
            < 90 => 2,
            < 120 => 1,
            _ => 8,
        };
    }
}
