namespace Zhongyuan.Demo.Data;

/// <summary>
/// Draws the persons of the demo province one after another. ID numbers are unique: like a police station, it
/// counts the sequence numbers handed out per county, birth date and sex, starting each count at a seeded offset.
/// The counters are one byte per county, day and sex (about 10 MB), whatever the number of persons.
/// </summary>
internal sealed class DemoPopulation
{
    /// <summary>The day the demo data is as of: no date in it lies later.</summary>
    public static readonly DateOnly AsOf = new(2025, 6, 30);

    /// <summary>The earliest birth date.</summary>
    public static readonly DateOnly FirstBirth = new(1935, 1, 1);

    private static readonly DateOnly LastBirth = new(2024, 12, 31);
    private static readonly DateOnly FirstRegistration = new(1990, 1, 1);
    private static readonly WeightedTable _birthYears = new(BirthYearWeights(), 16384);

    private readonly DemoRandom _random;
    private readonly int _seed;
    private readonly byte[] _issued;
    private readonly int _days = LastBirth.DayNumber - FirstBirth.DayNumber + 1;
    private long _next;

    /// <summary>Starts the population of <paramref name="seed"/>.</summary>
    public DemoPopulation(int seed)
    {
        _seed = seed;
        _random = new DemoRandom(seed, "persons");
        _issued = new byte[DemoPlaces.Counties.Length * _days * 2];
    }

    /// <summary>Draws the next person.</summary>
    public DemoPerson Next()
    {
        var r = _random;
        var county = DemoPlaces.CountyTable.Next(r);
        var year = 1935 + _birthYears.Next(r);
        var birth = r.Day(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var male = r.Next(1000) < 512;
        var sequence = Sequence(county, birth, male);
        var characters = male ? DemoNames.MaleCharacters.Length : DemoNames.FemaleCharacters.Length;
        var given2 = r.Next(10) < 7 ? r.Next(characters) : -1;
        var registered = r.Day(birth.DayNumber > FirstRegistration.DayNumber ? birth : FirstRegistration, AsOf);
        return new DemoPerson(_next++, county, DemoPlaces.Counties[county], birth, sequence, DemoNames.SurnameTable.Next(r), r.Next(characters), given2,
            DemoNames.NationTable.Next(r), r.Next(DemoPlaces.Towns.Length), r.Next(240), r.Next(1, 300), registered);
    }

    private int Sequence(int county, DateOnly birth, bool male)
    {
        var slot = ((county * _days) + birth.DayNumber - FirstBirth.DayNumber) * 2 + (male ? 0 : 1);
        var offset = (int)((uint)HashCode(slot) % 499);
        var n = (offset + _issued[slot]++) % 499;
        return n * 2 + (male ? 1 : 2);
    }

    // A fixed mix rather than HashCode.Combine, which is randomised per process.
    private uint HashCode(int slot) => (uint)(((ulong)slot * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)_seed) >> 29);

    // Births per year, roughly after the census age pyramid: few before 1950, booms around 1965 and 1987, fewer since 2017.
    private static double[] BirthYearWeights() =>
        [.. Enumerable.Range(1935, LastBirth.Year - 1935 + 1).Select(y => y switch
        {
            < 1950 => 0.2 + (y - 1935) * 0.03,
            < 1962 => 0.8,
            < 1976 => 1.5,
            < 1985 => 1.2,
            < 1991 => 1.6,
            < 2000 => 1.1,
            < 2017 => 1.0,
            _ => 0.7,
        })];
}
