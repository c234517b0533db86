namespace Zhongyuan.Demo.Data;

// Pure data: surnames by their approximate share of the population (per ten thousand, national
// figures, which Henan follows closely), given-name characters, ethnic groups as registered in Henan.
internal static class DemoNames
{
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
        "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯",
        "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "武", "戴", "孔", "常", "申", "牛", "耿",
        "欧阳", "司马", "上官", "诸葛",
    ];

    public static readonly double[] SurnameWeights =
    [
        710, 700, 680, 540, 460, 310, 220, 230, 200, 190, 160, 150, 150, 130, 130, 120, 120, 110, 110, 100,
        90, 90, 80, 80, 80, 70, 70, 70, 70, 70, 60, 60, 60, 60, 60, 50, 50, 50, 50, 50,
        50, 50, 50, 50, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 30, 30, 30, 30, 30,
        30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 20, 25, 20, 20, 20,
        20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 15, 15, 12,
        5, 1, 1, 1,
    ];

    public static readonly string MaleCharacters =
        "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁浩宇轩博文建国志海东亮俊峰凯帅龙振晨阳洋旭子豪睿泽天一家成林永卫新春彦广金德庆";

    public static readonly string FemaleCharacters =
        "芳娜敏静丽艳娟霞秀玲燕婷雪慧颖琳佳欣怡悦梦雨涵萱晶倩萍红梅莉兰凤洁琴云莹璐瑶思诗可婉婧蕾爱桂英玉珍月彩";

    public static readonly string[] Nations = ["汉族", "回族", "蒙古族", "满族", "壮族", "土家族", "苗族", "藏族", "维吾尔族", "朝鲜族"];

    public static readonly double[] NationWeights = [9860, 95, 10, 12, 5, 5, 5, 3, 3, 2];

    public static readonly WeightedTable SurnameTable = new(SurnameWeights, 16384);

    public static readonly WeightedTable NationTable = new(NationWeights, 16384);

    /// <summary>Appends a person's full name to the current field.</summary>
    public static void Append(CsvRowWriter csv, in DemoPerson p)
    {
        csv.Append(Surnames[p.Surname]);
        var characters = p.Male ? MaleCharacters : FemaleCharacters;
        csv.Append(characters[p.Given1]);
        if (p.Given2 >= 0)
        {
            csv.Append(characters[p.Given2]);
        }
    }

    /// <summary>A person's full name as a string, for the few places that keep one.</summary>
    public static string Of(in DemoPerson p)
    {
        var characters = p.Male ? MaleCharacters : FemaleCharacters;
        return p.Given2 >= 0
            ? string.Concat(Surnames[p.Surname], characters.AsSpan(p.Given1, 1), characters.AsSpan(p.Given2, 1))
            : string.Concat(Surnames[p.Surname], characters.AsSpan(p.Given1, 1));
    }
}
