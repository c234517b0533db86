using System.Globalization;
using Zhongyuan.Regions;

namespace Zhongyuan.Identifiers;

/// <summary>
/// The loaded national list: entries by code, and a 1,000,000-byte table indexed by the 6-digit
/// code so that an identifier's region is checked with one array read.
/// </summary>
internal sealed class RegionTable
{
    public const int Size = 1_000_000;

    private const string Resource = "Zhongyuan.Identifiers.Data.national-regions.tsv";
    private const string Header = "code\tname\tfrom\tto";

    /// <summary>Non-zero where an identifier may carry the code: 1 listed, 2 county of a listed prefecture.</summary>
    public static readonly byte[] Accepted = new byte[Size];

    public static readonly RegionTable Instance = Load();

    private readonly Dictionary<int, NationalRegion> _byCode;

    private RegionTable(Dictionary<int, NationalRegion> byCode)
    {
        _byCode = byCode;
        All = [.. byCode.Values.OrderBy(r => r.Code)];
        FillAccepted();
    }

    public IReadOnlyList<NationalRegion> All { get; }

    public NationalRegion? Find(int code) => _byCode.GetValueOrDefault(code);

    private void FillAccepted()
    {
        foreach (var code in _byCode.Keys)
        {
            Accepted[code] = 1;
        }

        for (var code = 0; code < Size; code++)
        {
            if (Accepted[code] == 0 && code % 100 != 0 && _byCode.ContainsKey(code / 100 * 100))
            {
                Accepted[code] = 2;
            }
        }
    }

    private static RegionTable Load()
    {
        // Henan's current divisions first; the national file then adds the rest of China and
        // overrides Henan rows where it knows their years.
        var byCode = RegionCatalog.Henan.All.ToDictionary(
            r => int.Parse(r.Code, CultureInfo.InvariantCulture), r => new NationalRegion(int.Parse(r.Code, CultureInfo.InvariantCulture), r.Name, null, null));
        using var stream = typeof(RegionTable).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        foreach (var region in Parse(reader))
        {
            byCode[region.Code] = region;
        }

        return new RegionTable(byCode);
    }

    internal static IEnumerable<NationalRegion> Parse(TextReader reader)
    {
        if (reader.ReadLine() is not { } header || !header.TrimStart('\uFEFF').Equals(Header, StringComparison.Ordinal))
        {
            throw new FormatException($"The first line must be the header \"{Header}\".");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0)
            {
                yield return ParseRow(line, lineNumber);
            }
        }
    }

    private static NationalRegion ParseRow(string line, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4 || fields[0].Length != 6 || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var code) || fields[1].Length == 0)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"National region list line {lineNumber}: expected code, name, from-year, to-year."));
        }

        return new NationalRegion(code, fields[1], Year(fields[2], lineNumber), Year(fields[3], lineNumber));
    }

    private static int? Year(string text, int lineNumber) =>
        text.Length == 0 ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1949 and <= 9999 ? year
        : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"National region list line {lineNumber}: bad year \"{text}\"."));
}
