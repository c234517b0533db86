using Zhongyuan.Catalog;

namespace Zhongyuan.Sharing;

/// <summary>
/// The provider's answer to a request. Every field is optional and may only narrow what was asked: items a subset of
/// the requested ones, a row filter that is combined with the requested one by <c>and</c>, a period inside the requested one.
/// </summary>
/// <param name="Items">The items granted; default: all requested.</param>
/// <param name="RowFilter">A further row scope; the grant's filter is <c>(requested) and (this)</c>.</param>
/// <param name="Masking">Masking per granted item; items not listed keep their catalog masking rule.</param>
/// <param name="StartsAt">Start; default the requested start (or now, when that has passed).</param>
/// <param name="EndsAt">End; default the requested end.</param>
/// <param name="DailyQuota">Rows per China day; null for no limit.</param>
/// <param name="Note">A note for the consumer.</param>
public sealed record ShareApproval(
    IReadOnlyList<string>? Items = null,
    string? RowFilter = null,
    IReadOnlyDictionary<string, MaskingRule>? Masking = null,
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null,
    long? DailyQuota = null,
    string? Note = null);
