using System.Text;
using System.Text.Json;
using Zhongyuan.Demo;
using Zhongyuan.Demo.Data;
using Zhongyuan.Identifiers;
using Zhongyuan.Regions;

namespace Zhongyuan.Tests.Demo.Data;

public sealed class DemoDataGeneratorTests(DemoDataFixture data) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public void Generate_SameSeed_IdenticalBytes()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        var sets = DemoDataGenerator.Generate(first.Path, 7, 3000);
        DemoDataGenerator.Generate(second.Path, 7, 3000);

        foreach (var name in sets.Select(s => s.FileName).Append(DemoDataGenerator.ManifestFileName))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, name)), File.ReadAllBytes(Path.Combine(second.Path, name)));
        }
    }

    [Fact]
    public void Generate_OtherSeed_DifferentBytes()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        var sets = DemoDataGenerator.Generate(first.Path, 7, 3000);
        DemoDataGenerator.Generate(second.Path, 8, 3000);

        Assert.All(sets, s => Assert.NotEqual(
            File.ReadAllBytes(Path.Combine(first.Path, s.FileName)), File.ReadAllBytes(Path.Combine(second.Path, s.FileName))));
    }

    [Fact]
    public void Generate_Sizes_ScaleWithPersons()
    {
        var persons = data.Set("persons.csv").Rows;
        Assert.InRange(persons, DemoDataFixture.Persons, DemoDataFixture.Persons * 1.01);
        Assert.InRange(data.Set("enterprises.csv").Rows, persons / 25, persons / 16);
        Assert.InRange(data.Set("vehicles.csv").Rows, persons / 6, persons / 4);
        Assert.All(data.Sets, s => Assert.True(s.Rows > 100, s.FileName));
    }

    [Fact]
    public void Generate_EveryFile_RowCountAndHeaderMatchManifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(data.Directory, DemoDataGenerator.ManifestFileName)));
        var listed = manifest.RootElement.GetProperty("dataSets").EnumerateArray().ToList();

        Assert.Equal(data.Sets.Count, listed.Count);
        foreach (var (set, entry) in data.Sets.Zip(listed))
        {
            var (header, rows) = data.Read(set.FileName);
            Assert.Equal(set.FileName, entry.GetProperty("fileName").GetString());
            Assert.Equal(set.Rows, entry.GetProperty("rows").GetInt64());
            Assert.Equal(set.Rows, rows.Count);
            Assert.Equal(set.Columns, header);
            Assert.All(rows, r => Assert.Equal(header.Count, r.Length));
        }
    }

    [Fact]
    public void Columns_AreTheItemsOfTheMatchingCatalogEntry()
    {
        var catalog = DemoCatalog.Generate();
        foreach (var set in data.Sets)
        {
            var entry = catalog.Single(e => e.ProviderName == set.ProviderName && e.Metadata.Name == set.ResourceName);
            Assert.Equal(entry.Metadata.Items.Select(i => i.Name), set.Columns.Except(set.ExtraColumns));
            Assert.Equal(set.Columns.Count - set.ExtraColumns.Count, entry.Metadata.Items.Count);
        }
    }

    [Fact]
    public void PersonIds_ValidRegionAndPastBirth_ExceptDeliberateNoise()
    {
        var ids = PersonIds();
        var counts = ids.GroupBy(Classify).ToDictionary(g => g.Key, g => g.Count());
        double Rate(string kind) => counts.GetValueOrDefault(kind) / (double)ids.Count;

        Assert.InRange(Rate("invalid"), 0.0005, 0.0045);
        Assert.InRange(Rate("full-width"), 0.002, 0.009);
        Assert.InRange(Rate("legacy"), 0.005, 0.013);
        Assert.Equal(0, counts.GetValueOrDefault("other"));
        foreach (var id in ids.Select(Normalise).OfType<string>())
        {
            Assert.True(RegionCatalog.Henan.IsInHenan(id[..6]), id);
            var birth = DateOnly.ParseExact(id[6..14], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(birth, DemoPopulation.FirstBirth, DemoPopulation.AsOf);
        }
    }

    [Fact]
    public void PersonIds_Distinct_ApartFromDuplicateRows()
    {
        var (_, rows) = data.Read("persons.csv");
        var distinctRows = rows.Select(r => string.Join('\u0001', r)).Distinct().Count();
        var distinctIds = rows.Select(r => Normalise(r[0]) ?? r[0]).Distinct().Count();

        Assert.InRange(distinctIds, distinctRows - 50, distinctRows);
        Assert.InRange(1 - distinctRows / (double)rows.Count, 0.002, 0.009);
    }

    [Fact]
    public void Persons_NoiseRates_WithinTolerance()
    {
        var (_, rows) = data.Read("persons.csv");
        var cells = rows.SelectMany(r => r.Skip(1)).ToList();
        var dates = rows.SelectMany(r => new[] { r[4].Trim(), r[8].Trim() }).Where(d => d.Length > 0).ToList();

        Assert.InRange(cells.Count(c => c.Length == 0) / (double)cells.Count, 0.007, 0.013);
        Assert.InRange(rows.SelectMany(r => r).Count(c => c.Length > 0 && c.Trim() != c) / (double)(rows.Count * 9), 0.0015, 0.0045);
        Assert.InRange(dates.Count(d => d.Length != 10 || d[4] != '-') / (double)dates.Count, 0.06, 0.1);
        Assert.Contains(dates, d => d.Contains('年', StringComparison.Ordinal));
        Assert.Contains(dates, d => d.Length == 8 && d.All(char.IsAsciiDigit));
        Assert.Contains(dates, d => d.Contains('/', StringComparison.Ordinal));
        Assert.Contains(dates, d => d.Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public void Enterprises_CreditCodesValidAndUnique()
    {
        var (_, rows) = data.Read("enterprises.csv");
        var codes = rows.Select(r => r[0].Trim()).ToList();

        Assert.All(codes, c => Assert.True(UnifiedSocialCreditCode.IsValid(c), c));
        Assert.All(codes, c => Assert.True(RegionCatalog.Henan.IsInHenan(c[2..8]), c));
        Assert.Equal(codes.Distinct().Count(), rows.Select(r => string.Concat(r)).Distinct().Count());
        Assert.Equal(['1', '2', '3'], codes.Select(c => c[1]).Distinct().Order());
    }

    [Fact]
    public void LinkedPersonIds_ExistInPersons()
    {
        var persons = PersonIds().Select(Normalise).OfType<string>().ToHashSet(StringComparer.Ordinal);

        // Only persons whose own row got a deliberately invalid ID (0.2 %) or whose linking cell did are not found.
        AssertLinked(persons, "enterprises.csv", "法定代表人公民身份号码", 0.01);
        AssertLinked(persons, "vehicles.csv", "所有人公民身份号码", 0.01);
        AssertLinked(persons, "marriage.csv", "男方公民身份号码", 0.02);
        AssertLinked(persons, "property.csv", "公民身份号码", 0.02);
        AssertLinked(persons, "poverty-relief.csv", "公民身份号码", 0.02);
    }

    [Fact]
    public void Gb18030Files_DecodeStrictly()
    {
        var strict = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        foreach (var set in data.Sets.Where(s => s.Encoding == "gb18030"))
        {
            var bytes = File.ReadAllBytes(Path.Combine(data.Directory, set.FileName));
            var text = strict.GetString(bytes);

            Assert.StartsWith(string.Join(',', set.Columns) + "\r\n", text, StringComparison.Ordinal);
            Assert.Contains("市", text, StringComparison.Ordinal);
            Assert.NotEqual(Encoding.UTF8.GetByteCount(text), bytes.Length);
        }
        Assert.Equal(2, data.Sets.Count(s => s.Encoding == "gb18030"));
    }

    [Fact]
    public void Enterprises_ScopeWithCommasAndQuotes_RoundTrips()
    {
        var (_, rows) = data.Read("enterprises.csv");
        var scopes = rows.Select(r => r[6]).ToList();

        Assert.Contains(scopes, s => s.Contains(',', StringComparison.Ordinal));
        Assert.Contains(scopes, s => s.Contains('"', StringComparison.Ordinal));
    }

    private List<string> PersonIds() => [.. data.Read("persons.csv").Rows.Select(r => r[0])];

    private void AssertLinked(HashSet<string> persons, string file, string column, double tolerance)
    {
        var (header, rows) = data.Read(file);
        var index = header.ToList().IndexOf(column);
        var ids = rows.Select(r => r[index].Trim()).Where(id => id.Length > 0).ToList();
        var missing = ids.Count(id => !persons.Contains(Normalise(id) ?? id));
        Assert.True(missing <= ids.Count * tolerance, $"{file}: {missing} of {ids.Count} not in persons");
    }

    private static string Classify(string raw)
    {
        var id = raw.Trim();
        return id switch
        {
            { Length: 15 } when id.All(char.IsAsciiDigit) => "legacy",
            { Length: 18 } when id.Any(c => c > '\uFF00') => ResidentIdNumber.HasValidCheckCharacter(HalfWidth(id)) ? "full-width" : "other",
            { Length: 18 } => ResidentIdNumber.HasValidCheckCharacter(id) ? "valid" : "invalid",
            _ => "other",
        };
    }

    /// <summary>The valid 18-character form of a noisy ID, or null for a deliberately invalid one.</summary>
    private static string? Normalise(string raw)
    {
        var id = HalfWidth(raw.Trim());
        return id.Length == 15 ? ResidentIdNumber.ConvertFrom15(id) : ResidentIdNumber.HasValidCheckCharacter(id) ? id : null;
    }

    private static string HalfWidth(string s) => new([.. s.Select(c => c is >= '\uFF10' and <= '\uFF5A' ? (char)(c - 0xFEE0) : c)]);

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zy-demo-" + Guid.NewGuid().ToString("N"));

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
