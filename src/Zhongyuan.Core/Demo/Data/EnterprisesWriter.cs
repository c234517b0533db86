using Zhongyuan.Identifiers;

namespace Zhongyuan.Demo.Data;

/// <summary>
/// Writes 企业登记注册信息: about one enterprise per twenty persons, each with a person of the persons set as its
/// legal representative. Credit codes are valid and unique (registration authority 9, type 1 企业, 2 个体工商户 or
/// 3 农民专业合作社): the organization code is <c>MA</c> and six characters for those registered since the
/// 2015 reform, eight digits before, both drawn by a bijection of the enterprise number so no two collide.
/// Names are unique per county the same way.
/// </summary>
internal sealed class EnterprisesWriter(string directory, int seed) : DemoFileWriter(DemoDataFiles.Enterprises, directory, seed)
{
    // One enterprise per 20 persons; only persons aged 22 or more (about 78 %) are drawn.
    private const double Rate = 0.064;
    private const long NewCodeSpace = 31L * 31 * 31 * 31 * 31 * 31;
    private static readonly DateOnly _firstDay = new(1993, 1, 1);
    private static readonly DateOnly _reform = new(2015, 10, 1);
    private static readonly WeightedTable _kinds = new(DemoBusiness.CompanyKindWeights);
    private static readonly WeightedTable _capitals = new(DemoBusiness.CapitalWeights);
    private static readonly WeightedTable _states = new(DemoBusiness.StateWeights);

    private readonly int[] _perCounty = new int[DemoPlaces.Counties.Length];
    private readonly string[] _recent = new string[256];
    private readonly char[] _code = new char[8];
    private long _count;

    /// <summary>The name of one of the last 256 enterprises written, for other data sets to refer to; null before the first.</summary>
    public string? RecentName(DemoRandom random) => _count == 0 ? null : _recent[random.Next((int)Math.Min(_count, _recent.Length))];

    /// <summary>Writes an enterprise with <paramref name="p"/> as legal representative, at <see cref="Rate"/> among adults.</summary>
    public void Offer(in DemoPerson p)
    {
        if (p.AgeOn(DemoPopulation.AsOf) < 22 || !Random.Chance(Rate))
        {
            return;
        }
        // Most people register their business where they live.
        var countyIndex = Random.Next(10) < 7 ? p.County : DemoPlaces.CountyTable.Next(Random);
        var county = DemoPlaces.Counties[countyIndex];
        var founded = Random.Day(p.Turns(22).DayNumber > _firstDay.DayNumber ? p.Turns(22) : _firstDay, DemoPopulation.AsOf);
        var type = Random.Next(100) switch { < 90 => '1', < 96 => '2', _ => '3' };
        var (name, industry) = Name(county, countyIndex, type, _perCounty[countyIndex]++);
        _recent[_count % _recent.Length] = name;
        Row.Text(UnifiedSocialCreditCode.Create('9', type, county.Code, OrganizationBody(founded)), key: true);
        Row.Text(name);
        Row.Text(type switch { '1' => DemoBusiness.CompanyKinds[_kinds.Next(Random)], '2' => "个体工商户", _ => "农民专业合作社" });
        Name(p);
        Row.Number(type == '2' ? Random.Next(1, 50) : DemoBusiness.Capitals[_capitals.Next(Random)]);
        Row.Date(founded);
        Scope(industry);
        Address(county);
        Row.Text(county.Prefix[3..] + "市场监督管理局");
        Row.Text(DemoBusiness.States[_states.Next(Random)]);
        Span<char> id = stackalloc char[18];
        p.WriteId(id);
        Csv.Field(id);
        Row.EndRow();
        _count++;
    }

    // An affine map a·n + b modulo the space is a bijection when a is coprime to it (7919 is a prime above
    // the space's factors 3, 5 and 73): unique names per county, unique codes.
    private static (string Name, int Industry) Name(DemoCounty county, int countyIndex, char type, int number)
    {
        var trade = DemoBusiness.TradeCharacters;
        var industries = DemoBusiness.Industries.Length;
        var space = trade.Length * trade.Length * industries;
        var x = (int)((7919L * number + 104_729L * countyIndex + 1237) % space);
        var industry = x % industries;
        var word = DemoBusiness.Industries[industry].Word;
        var tradeName = string.Concat(trade.AsSpan(x / industries / trade.Length, 1), trade.AsSpan(x / industries % trade.Length, 1));
        var name = type switch
        {
            '1' => $"{county.City}{county.Name}{tradeName}{word}有限公司",
            '2' => $"{county.City}{county.Name}{tradeName}{word}经营部",
            _ => $"{county.City}{county.Name}{tradeName}{(industry % 2 == 0 ? "种植" : "养殖")}专业合作社",
        };
        return (name, industry);
    }

    private string OrganizationBody(DateOnly founded)
    {
        if (founded >= _reform)
        {
            var x = (_count * 1_000_003L + 123_456_789) % NewCodeSpace;
            _code[0] = 'M';
            _code[1] = 'A';
            for (var i = 7; i >= 2; i--)
            {
                _code[i] = UnifiedSocialCreditCode.Charset[(int)(x % 31)];
                x /= 31;
            }
            return new string(_code);
        }
        DemoResidentIds.WriteDigits(_code, (int)((_count * 37_491_113L + 51_234_567) % 100_000_000));
        return new string(_code);
    }

    // Some exports separate the scope with ASCII commas and quote a phrase, which RFC 4180 quoting must carry.
    private void Scope(int industry)
    {
        if (!Row.Begin())
        {
            return;
        }
        Csv.Append(DemoBusiness.Industries[industry].Scope);
        if (Random.Next(10) == 0)
        {
            Csv.CurrentField.Replace('；', ',');
        }
        if (Random.Next(50) == 0)
        {
            Csv.Append("；开展\"互联网+\"服务");
        }
        Csv.Append("（依法须经批准的项目，经相关部门批准后方可开展经营活动）");
        Row.End();
    }

    private void Address(DemoCounty county)
    {
        if (Row.Begin())
        {
            Csv.Append(county.Prefix);
            DemoPlaces.AppendLocal(Csv, county, Random.Next(DemoPlaces.Towns.Length), Random.Next(240), Random.Next(1, 500));
            Row.End();
        }
    }
}
