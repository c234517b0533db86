namespace Zhongyuan.Demo.Data;

/// <summary>
/// Writes 不动产登记信息 in GB18030 with CRLF: about one registration per ten persons, owned by adults. The unit
/// number (不动产单元号, 28 characters: county code, 地籍区 and 地籍子区, GB, parcel, F, building and room) is unique
/// per county by construction; the certificate number counts up per file.
/// </summary>
internal sealed class PropertyWriter(string directory, int seed) : DemoFileWriter(DemoDataFiles.Property, directory, seed)
{
    private const double Rate = 0.12;
    private static readonly DateOnly _firstDay = new(2008, 1, 1);
    private static readonly string[] _uses = ["住宅", "商业", "办公", "工业", "车位"];
    private static readonly double[] _useWeights = [80, 8, 4, 3, 5];
    private static readonly string[] _kinds = ["首次登记", "转移登记", "抵押登记", "变更登记", "注销登记"];
    private static readonly double[] _kindWeights = [30, 40, 20, 6, 4];
    private static readonly string[] _estates = ["阳光", "锦绣", "盛世", "名门", "绿城", "建业", "正商", "康桥", "鑫苑", "碧桂园"];
    private static readonly string[] _estateSuffixes = ["小区", "花园", "家园", "城", "苑"];
    private static readonly WeightedTable _useTable = new(_useWeights);
    private static readonly WeightedTable _kindTable = new(_kindWeights);

    private readonly int[] _perCounty = new int[DemoPlaces.Counties.Length];
    private long _certificates;

    /// <summary>Writes a registration owned by <paramref name="p"/>, if any.</summary>
    public void Offer(in DemoPerson p)
    {
        if (p.AgeOn(DemoPopulation.AsOf) < 20 || !Random.Chance(Rate))
        {
            return;
        }
        var county = p.Home;
        var n = _perCounty[p.County]++;
        var registered = Random.Day(p.Turns(20).DayNumber > _firstDay.DayNumber ? p.Turns(20) : _firstDay, DemoPopulation.AsOf);
        var use = _useTable.Next(Random);
        UnitNumber(county, n);
        Certificate(county, registered.Year);
        Name(p);
        Row.Id(p);
        Location(county, n);
        Row.Text(_uses[use]);
        Row.Number(use == 4 ? 12 + Random.Next(0, 800) / 100.0 : 45 + Random.Next(0, 15000) / 100.0, "F2");
        Row.Text(_kinds[_kindTable.Next(Random)]);
        Row.Date(registered);
        Row.EndRow();
    }

    private void UnitNumber(DemoCounty county, int n)
    {
        Row.Begin(key: true);
        Csv.Append(county.Code);
        Csv.AppendDigits(1 + Random.Next(9), 3);
        Csv.AppendDigits(1 + Random.Next(20), 3);
        Csv.Append("GB");
        Csv.AppendDigits(1 + n / 1000, 5);
        Csv.Append('F');
        Csv.AppendDigits(1 + n / 100 % 10, 4);
        Csv.AppendDigits(1 + n % 100, 4);
        Row.End();
    }

    private void Certificate(DemoCounty county, int year)
    {
        if (Row.Begin())
        {
            Csv.Append("豫（");
            Csv.AppendNumber(year);
            Csv.Append('）');
            Csv.Append(county.City);
            Csv.Append("不动产权第");
            Csv.AppendDigits((int)(++_certificates % 10_000_000), 7);
            Csv.Append('号');
            Row.End();
        }
    }

    private void Location(DemoCounty county, int n)
    {
        if (Row.Begin())
        {
            Csv.Append(county.Prefix.AsSpan(3));
            Csv.Append(county.IsUrban ? Random.Pick(DemoPlaces.Roads) : DemoPlaces.Towns[Random.Next(DemoPlaces.Towns.Length)]);
            Csv.Append(Random.Pick(_estates));
            Csv.Append(Random.Pick(_estateSuffixes));
            Csv.AppendNumber(1 + n / 100 % 10);
            Csv.Append("号楼");
            Csv.AppendNumber(1 + Random.Next(4));
            Csv.Append("单元");
            Csv.AppendNumber(100 * (1 + Random.Next(30)) + 1 + n % 4);
            Csv.Append('室');
            Row.End();
        }
    }
}
