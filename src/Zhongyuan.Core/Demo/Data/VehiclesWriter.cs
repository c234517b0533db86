namespace Zhongyuan.Demo.Data;

/// <summary>
/// Writes 机动车登记信息: about one vehicle per five persons, owned by adults of the persons set, registered in the
/// owner's city. Plates (豫A·12345) are unique per city: a bijection of the city's vehicle number into the plate space.
/// </summary>
internal sealed class VehiclesWriter(string directory, int seed) : DemoFileWriter(DemoDataFiles.Vehicles, directory, seed)
{
    // One vehicle per 5 persons; adults are about 83 % and 5 % of owners have a second vehicle.
    private const double Rate = 0.23;
    private const int OrdinarySpace = 34 * 10_000;
    private const int NewEnergySpace = 2 * 100_000;
    private const string FirstSymbols = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static readonly DateOnly _firstDay = new(2000, 1, 1);
    private static readonly string[] _brands = ["大众", "丰田", "本田", "比亚迪", "宇通", "长城", "吉利", "日产", "别克", "五菱", "奇瑞", "长安", "特斯拉", "东风", "解放"];
    private static readonly string[] _colors = ["白", "黑", "银", "灰", "红", "蓝", "棕"];
    private static readonly string[] _types = ["小型轿车", "小型普通客车", "小型越野客车", "轻型普通货车", "重型半挂牵引车", "大型普通客车"];
    private static readonly double[] _typeWeights = [55, 25, 8, 8, 3, 1];
    private static readonly string[] _uses = ["非营运", "预约出租客运", "公路客运", "货运", "出租客运"];
    private static readonly double[] _useWeights = [88, 3, 2, 5, 2];
    private static readonly string[] _states = ["正常", "逾期未检验", "注销", "查封", "抵押"];
    private static readonly double[] _stateWeights = [90, 5, 3, 1, 1];
    private static readonly WeightedTable _typeTable = new(_typeWeights);
    private static readonly WeightedTable _useTable = new(_useWeights);
    private static readonly WeightedTable _stateTable = new(_stateWeights);

    private readonly int[] _ordinary = new int[DemoPlaces.Cities.Count];
    private readonly int[] _newEnergy = new int[DemoPlaces.Cities.Count];

    /// <summary>Writes the vehicles of <paramref name="p"/>, if any.</summary>
    public void Offer(in DemoPerson p)
    {
        if (p.AgeOn(DemoPopulation.AsOf) < 18 || !Random.Chance(Rate))
        {
            return;
        }
        Write(p);
        if (Random.Next(20) == 0)
        {
            Write(p);
        }
    }

    private void Write(in DemoPerson p)
    {
        var registered = Random.Day(p.Turns(18).DayNumber > _firstDay.DayNumber ? p.Turns(18) : _firstDay, DemoPopulation.AsOf);
        var type = _typeTable.Next(Random);
        var newEnergy = type < 3 && registered.Year >= 2018 && Random.Next(4) == 0;
        Plate(p.Home.CityIndex, newEnergy);
        Row.Text(newEnergy ? "小型新能源汽车" : type >= 4 ? "大型汽车" : "小型汽车", key: true);
        Row.Text(_types[type]);
        Row.Text(newEnergy ? "比亚迪" : Random.Pick(_brands));
        Row.Text(_uses[type >= 3 ? 3 : _useTable.Next(Random)]);
        Row.Text(Random.Pick(_colors));
        Row.Date(registered);
        Row.Text(_states[_stateTable.Next(Random)]);
        Csv.BeginField();
        DemoNames.Append(Csv, p);
        Csv.EndField();
        Span<char> id = stackalloc char[18];
        p.WriteId(id);
        Csv.Field(id);
        Row.EndRow();
    }

    // Ordinary plates: a letter or digit then four digits; new-energy plates: D or F then five digits.
    private void Plate(int city, bool newEnergy)
    {
        Row.Begin(key: true);
        Csv.Append('豫');
        Csv.Append(DemoPlaces.Cities[city].Plate);
        Csv.Append('·');
        if (newEnergy)
        {
            var x = (int)((7919L * _newEnergy[city]++ + 11) % NewEnergySpace);
            Csv.Append(x < 100_000 ? 'D' : 'F');
            Csv.AppendDigits(x % 100_000, 5);
        }
        else
        {
            var x = (int)((7919L * _ordinary[city]++ + 13) % OrdinarySpace);
            Csv.Append(FirstSymbols[x / 10_000]);
            Csv.AppendDigits(x % 10_000, 4);
        }
        Row.End();
    }
}
