using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zhongyuan.Demo.Data;

/// <summary>
/// Generates the demo province's department data as CSV files the ingest pipeline loads: persons, and the data
/// sets that refer to them (enterprises, vehicles, social insurance, poverty relief, property, marriage, 12345
/// tickets), written in one streaming pass over the persons so memory stays bounded whatever their number; then
/// the fixed-size statistical series (GDP, air quality). The files depend only on the seed and the number of
/// persons: the same arguments give byte-identical files.
/// </summary>
internal static class DemoDataGenerator
{
    /// <summary>The name of the manifest written next to the data files.</summary>
    public const string ManifestFileName = "manifest.json";

    private const int ReportEvery = 1 << 16;

    private static readonly JsonSerializerOptions _json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes every data set into <paramref name="directory"/> (created if missing; files of the same names are
    /// replaced) and a <see cref="ManifestFileName"/> listing them.
    /// </summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="seed">The seed of all randomness.</param>
    /// <param name="persons">The number of persons; the other person-based sets scale with it (enterprises about 1/20, vehicles 1/5).</param>
    /// <param name="rows">Receives the total number of rows written so far, now and then.</param>
    /// <param name="ct">Stops the generation between rows; the files written so far are left incomplete.</param>
    /// <returns>The data sets, in generation order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="persons"/> is negative.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static IReadOnlyList<DemoDataSet> Generate(
        string directory, int seed, int persons, IProgress<long>? rows = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(persons);
        Directory.CreateDirectory(directory);
        var sets = new List<DemoDataSet>();
        WritePersonSets(directory, seed, persons, sets, rows, ct);
        using (var gdp = new GdpWriter(directory, seed))
        {
            gdp.WriteAll();
            sets.Add(gdp.File.Written(gdp.Rows));
        }
        using (var air = new AirQualityWriter(directory, seed))
        {
            air.WriteAll();
            sets.Add(air.File.Written(air.Rows));
        }
        rows?.Report(sets.Sum(s => s.Rows));
        WriteManifest(directory, seed, persons, sets);
        return sets;
    }

    private static void WritePersonSets(
        string directory, int seed, int count, List<DemoDataSet> sets, IProgress<long>? rows, CancellationToken ct)
    {
        var population = new DemoPopulation(seed);
        using var persons = new PersonsWriter(directory, seed);
        using var enterprises = new EnterprisesWriter(directory, seed);
        using var vehicles = new VehiclesWriter(directory, seed);
        using var insurance = new SocialInsuranceWriter(directory, seed, enterprises);
        using var poverty = new PovertyReliefWriter(directory, seed);
        using var property = new PropertyWriter(directory, seed);
        using var marriage = new MarriageWriter(directory, seed);
        using var hotline = new HotlineWriter(directory, seed);
        DemoFileWriter[] all = [persons, enterprises, vehicles, insurance, poverty, property, marriage, hotline];
        for (var i = 0; i < count; i++)
        {
            var p = population.Next();
            persons.Write(p);
            enterprises.Offer(p);
            vehicles.Offer(p);
            insurance.Offer(p);
            poverty.Offer(p);
            property.Offer(p);
            marriage.Offer(p);
            hotline.Offer(p);
            if ((i + 1) % ReportEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
                rows?.Report(all.Sum(w => w.Rows));
            }
        }
        sets.AddRange(all.Select(w => w.File.Written(w.Rows)));
    }

    private static void WriteManifest(string directory, int seed, int persons, List<DemoDataSet> sets)
    {
        var manifest = new { seed, persons, dataSets = sets };
        File.WriteAllText(Path.Combine(directory, ManifestFileName), JsonSerializer.Serialize(manifest, _json) + "\n");
    }
}
