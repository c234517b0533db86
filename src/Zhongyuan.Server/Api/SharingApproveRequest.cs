using Zhongyuan.Catalog;

namespace Zhongyuan.Server.Api;

/// <summary>Approves a share request; every field may only narrow the request.</summary>
/// <param name="Items">Items granted (default: all requested).</param>
/// <param name="RowFilter">A further row scope, joined to the requested one with <c>and</c>.</param>
/// <param name="Masking">Masking per item (e.g. <c>{"姓名": "none"}</c>); unlisted items keep their catalog rule.</param>
/// <param name="StartsAt">Start (default the requested start).</param>
/// <param name="EndsAt">End (default the requested end).</param>
/// <param name="DailyQuota">Rows per day (China time); none for no limit.</param>
/// <param name="Note">A note for the consumer.</param>
internal sealed record SharingApproveRequest(List<string>? Items, string? RowFilter, Dictionary<string, MaskingRule>? Masking,
    DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, long? DailyQuota, string? Note);
