using Zhongyuan.Catalog;

namespace Zhongyuan.Sharing;

/// <summary>
/// A grant (授权): what one consumer application may read of one resource. Every access path (rows, export,
/// subscription) enforces it: only <see cref="Items"/>, only rows matching <see cref="RowFilter"/>, each item masked
/// by <see cref="Masking"/>, between <see cref="StartsAt"/> and <see cref="EndsAt"/>, at most <see cref="DailyQuota"/> rows a day.
/// </summary>
public sealed record Grant
{
    /// <summary>Platform id.</summary>
    public required long Id { get; init; }

    /// <summary>The share request it answers, if any (无条件共享 grants are recorded with their request too).</summary>
    public long? RequestId { get; init; }

    /// <summary>The consumer application (应用).</summary>
    public required long ApplicationId { get; init; }

    /// <summary>The consumer application's department.</summary>
    public required long ConsumerDepartmentId { get; init; }

    /// <summary>The resource.</summary>
    public required string ResourceCode { get; init; }

    /// <summary>The providing department (the resource's), whose data stewards suspend, resume, revoke and renew the grant.</summary>
    public long ProviderId { get; init; }

    /// <summary>The items granted (names of the resource's information items).</summary>
    public required IReadOnlyList<string> Items { get; init; }

    /// <summary>The row scope as a filter in the rows API syntax (e.g. <c>户籍地行政区划代码 like '4101%'</c>); null for all rows.</summary>
    public string? RowFilter { get; init; }

    /// <summary>Masking per granted item; an item not listed is masked by its catalog masking rule.</summary>
    public required IReadOnlyDictionary<string, MaskingRule> Masking { get; init; }

    /// <summary>The stated purpose (用途).</summary>
    public required string Purpose { get; init; }

    /// <summary>From when it applies.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>Until when it applies.</summary>
    public required DateTimeOffset EndsAt { get; init; }

    /// <summary>Rows the application may receive per day (China time) under this grant; null for no limit.</summary>
    public long? DailyQuota { get; init; }

    /// <summary>Active, suspended or revoked.</summary>
    public required GrantStatus Status { get; init; }

    /// <summary>Who approved it (username), or <c>system</c> for an unconditional resource.</summary>
    public required string GrantedBy { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset GrantedAt { get; init; }

    /// <summary>Whether the grant is in force at a moment.</summary>
    public bool IsInForce(DateTimeOffset now) => Status == GrantStatus.Active && now >= StartsAt && now < EndsAt;
}
