namespace Zhongyuan.Identifiers;

/// <summary>
/// The national administrative division codes (GB/T 2260) the identifier checks need: every
/// province-level and prefecture-level code of China, Henan's county-level codes (from
/// <see cref="Regions.RegionCatalog.Henan"/>), and a partial list of retired codes with the years
/// they were in force. Loaded once from the embedded <c>Identifiers/Data/national-regions.tsv</c>
/// (see <c>docs/governance.md</c>); all members are thread-safe.
/// </summary>
public static class NationalRegions
{
    /// <summary>
    /// Whether <paramref name="code"/> is listed exactly: a current province, prefecture or Henan
    /// county, or a listed retired code. County codes of other provinces are not listed (see
    /// <see cref="IsAcceptedInIdentifier"/>).
    /// </summary>
    public static bool IsKnown(int code) => Data.Find(code) is not null;

    /// <summary>The name of a listed code (<c>金水区</c>, <c>周口地区</c>); <see langword="null"/> when not listed.</summary>
    public static string? Name(int code) => Data.Find(code)?.Name;

    /// <summary>
    /// The years a listed code was in force, both inclusive: <c>From</c> is <see langword="null"/>
    /// when the code predates 1980 or its start is not known, <c>To</c> is <see langword="null"/>
    /// while it is current. <c>(null, null)</c> for an unlisted code.
    /// </summary>
    public static (int? From, int? To) Validity(int code) =>
        Data.Find(code) is { } entry ? (entry.From, entry.To) : (null, null);

    /// <summary>
    /// Whether an identifier (resident ID, credit code) may carry <paramref name="code"/> as its
    /// region: the code is listed, or it is a county-level code (last two digits not 00) whose
    /// prefecture (<c>code / 100 * 100</c>) is listed. The fallback exists because the list carries
    /// no counties outside Henan and only some retired Henan counties. Allocation-free.
    /// </summary>
    public static bool IsAcceptedInIdentifier(int code) =>
        (uint)code < RegionTable.Size && RegionTable.Accepted[code] != 0;

    /// <summary>
    /// The years the region of an identifier was in force: the listed code's own validity, else its
    /// prefecture's for a county code accepted by fallback; <c>(null, null)</c> when not accepted.
    /// </summary>
    public static (int? From, int? To) IdentifierValidity(int code) =>
        Data.Find(code) is { } entry ? (entry.From, entry.To)
        : IsAcceptedInIdentifier(code) ? Validity(code / 100 * 100)
        : (null, null);

    /// <summary>Every listed code with its name and years, in code order.</summary>
    public static IReadOnlyList<NationalRegion> All => Data.All;

    private static RegionTable Data => RegionTable.Instance;
}
