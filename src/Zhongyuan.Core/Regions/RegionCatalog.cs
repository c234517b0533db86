namespace Zhongyuan.Regions;

/// <summary>
/// An immutable, indexed list of administrative divisions (GB/T 2260), read once from a
/// tab-separated file (see <c>docs/regions.md</c>). Only the divisions in the list are known:
/// codes withdrawn before the list's date (e.g. 410381 偃师市, now 410307 偃师区) are not found.
/// All lookups compare strings ordinally; instances are safe for concurrent reads.
/// </summary>
internal sealed partial class RegionCatalog
{
    /// <summary>The code of Henan Province.</summary>
    public const string HenanCode = "410000";

    private const string HenanResource = "Zhongyuan.Regions.Data.henan-regions.tsv";

    private static readonly Lazy<RegionCatalog> _henan = new(LoadHenan);

    private readonly Dictionary<string, Region> _byCode;
    private readonly Dictionary<string, List<Region>> _children;
    private readonly Dictionary<string, Region> _byName;

    /// <summary>Reads a catalog from TSV text with the header <c>code name level parent</c>.</summary>
    /// <param name="reader">The TSV text; read to the end, not disposed.</param>
    /// <exception cref="FormatException">
    /// The header or a row is malformed, a code is repeated, or a parent code is not in the list.
    /// </exception>
    public RegionCatalog(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        All = Parse(reader);
        _byCode = IndexByCode(All);
        _children = IndexChildren(All, _byCode);
        _byName = IndexByName(All);
        Cities = [.. All.Where(r => r.Level == RegionLevel.City)];
    }

    /// <summary>The divisions of Henan Province (GB/T 2260, 2023), loaded on first use from the embedded list.</summary>
    public static RegionCatalog Henan => _henan.Value;

    /// <summary>Every division, in file order (each parent before its children).</summary>
    public IReadOnlyList<Region> All { get; }

    /// <summary>Every division of level <see cref="RegionLevel.City"/> (for Henan: 17 prefecture cities and 济源市).</summary>
    public IReadOnlyList<Region> Cities { get; }

    /// <summary>Returns the division with the given 6-digit code, or <see langword="null"/> if it is not listed.</summary>
    public Region? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Returns the divisions directly under <paramref name="code"/>; empty for a leaf or an unknown code.</summary>
    public IReadOnlyList<Region> Children(string code) =>
        _children.TryGetValue(code, out var children) ? children : [];

    /// <summary>
    /// Finds a division by its exact name (<c>郑州市</c>), or by its name without the suffix
    /// 省/市/县/区 when at least two characters remain (<c>郑州</c>; not <c>滑</c> for 滑县).
    /// An exact name wins over a shortened one; among shortened names the higher level wins
    /// (<c>新乡</c> is 新乡市, not 新乡县). Returns <see langword="null"/> when nothing matches.
    /// </summary>
    public Region? FindByName(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Whether <paramref name="code"/> is a listed division that is, or lies in, Henan Province (41xxxx).</summary>
    public bool IsInHenan(string code) =>
        Find(code) is not null && code.StartsWith(HenanCode[..2], StringComparison.Ordinal);

    /// <summary>
    /// The code of the city a division belongs to: the division itself for a city, its parent for a
    /// county; <see langword="null"/> for a province or an unknown code.
    /// </summary>
    public string? CityOf(string code) => Find(code) switch
    {
        { Level: RegionLevel.City } city => city.Code,
        { Level: RegionLevel.County, ParentCode: var parent } => parent,
        _ => null,
    };

    private static RegionCatalog LoadHenan()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(HenanResource)
            ?? throw new InvalidOperationException($"Embedded resource {HenanResource} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return new RegionCatalog(reader);
    }
}
