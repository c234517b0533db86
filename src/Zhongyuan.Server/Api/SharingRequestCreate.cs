namespace Zhongyuan.Server.Api;

/// <summary>A share request (共享申请) for the resource in the path.</summary>
/// <param name="ApplicationId">The application of the caller's department that will use the data.</param>
/// <param name="Purpose">用途, required.</param>
/// <param name="LegalBasis">申请依据, required for 有条件共享.</param>
/// <param name="Items">Items needed (required for 有条件共享).</param>
/// <param name="RowFilter">Row scope in the rows API filter syntax.</param>
/// <param name="StartsAt">Start of the period (default now).</param>
/// <param name="EndsAt">End of the period (default one year after the start).</param>
/// <param name="ExpectedVolume">Expected volume, free text.</param>
/// <param name="Complex">A complex case: 10 working days to answer.</param>
internal sealed record SharingRequestCreate(long ApplicationId, string? Purpose, string? LegalBasis, List<string>? Items, string? RowFilter,
    DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? ExpectedVolume, bool? Complex);
