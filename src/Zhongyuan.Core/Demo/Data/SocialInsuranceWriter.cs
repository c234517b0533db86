namespace Zhongyuan.Demo.Data;

/// <summary>
/// Writes 社会保险参保信息: about one insured person per ten persons, aged 18 to 70, keyed by the social security
/// number, which is the person's ID number. The employer is a recently written enterprise, or none for people
/// insured on their own (灵活就业).
/// </summary>
internal sealed class SocialInsuranceWriter(string directory, int seed, EnterprisesWriter enterprises)
    : DemoFileWriter(DemoDataFiles.SocialInsurance, directory, seed)
{
    private const double Rate = 0.15;
    private static readonly DateOnly _firstDay = new(1995, 1, 1);
    private static readonly string[] _kinds = ["企业职工基本养老保险", "失业保险", "工伤保险"];
    private static readonly string[] _states = ["正常参保", "暂停缴费", "终止参保"];

    /// <summary>Writes <paramref name="p"/>'s insurance record, if any.</summary>
    public void Offer(in DemoPerson p)
    {
        var age = p.AgeOn(DemoPopulation.AsOf);
        if (age is < 18 or > 70 || !Random.Chance(Rate))
        {
            return;
        }
        var since = Random.Day(p.Turns(18).DayNumber > _firstDay.DayNumber ? p.Turns(18) : _firstDay, DemoPopulation.AsOf);
        var months = (DemoPopulation.AsOf.Year - since.Year) * 12 + DemoPopulation.AsOf.Month - since.Month;
        Row.Id(p, key: true);
        Name(p);
        var employer = Random.Next(5) == 0 ? null : enterprises.RecentName(Random);
        Row.Text(employer ?? "个人参保");
        Row.Text(_kinds[Random.Next(10) switch { < 8 => 0, < 9 => 1, _ => 2 }]);
        Row.Text(_states[Random.Next(100) switch { < 80 => 0, < 92 => 1, _ => 2 }]);
        Row.Date(since);
        Row.Number(Random.Next(3879, 19396), "F2");
        Row.Number(Math.Min(540, months * Random.Next(70, 101) / 100));
        Row.EndRow();
    }
}
