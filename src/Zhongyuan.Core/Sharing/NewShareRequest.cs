namespace Zhongyuan.Sharing;

/// <summary>What a consumer fills in to request a resource.</summary>
/// <param name="ResourceCode">The resource.</param>
/// <param name="ApplicationId">The consumer department's application that will use the data.</param>
/// <param name="Purpose">用途, required; at most 1000 characters.</param>
/// <param name="LegalBasis">The legal or policy basis, required for 有条件共享; at most 1000 characters.</param>
/// <param name="Items">The items needed (required for 有条件共享; 无条件共享 grants every shareable item).</param>
/// <param name="RowFilter">Row scope in the rows API filter syntax over the resource's items, e.g. <c>户籍地址 like '郑州市%'</c>.</param>
/// <param name="StartsAt">Start of the period; default now.</param>
/// <param name="EndsAt">End of the period; default one year after the start.</param>
/// <param name="ExpectedVolume">Expected volume, free text; at most 200 characters.</param>
/// <param name="Complex">Marks a complex case: 10 working days to answer instead of 5.</param>
public sealed record NewShareRequest(
    string ResourceCode,
    long ApplicationId,
    string? Purpose,
    string? LegalBasis = null,
    IReadOnlyList<string>? Items = null,
    string? RowFilter = null,
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null,
    string? ExpectedVolume = null,
    bool Complex = false);
