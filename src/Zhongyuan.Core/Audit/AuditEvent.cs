namespace Zhongyuan.Audit;

/// <summary>
/// One auditable fact, as callers hand it to <see cref="AuditLog.Append"/>: who did what, why, when and with which
/// result. Leave unknown fields null. Example:
/// <code>audit.Append(new AuditEvent { Action = AuditActions.RowsQuery, UserId = user.Id, Username = user.Username,
///     Role = user.Role.ToString(), DepartmentId = user.DepartmentId, ApplicationId = app, Ip = ip,
///     ResourceCode = code, Items = ["姓名", "公民身份号码"], RowCount = rows.Count, Filter = filterText,
///     GrantId = grant.Id, Purpose = grant.Purpose, SubjectKeys = rows.Select(r =&gt; r.IdNumber).ToList() });</code>
/// </summary>
public sealed record AuditEvent
{
    /// <summary>What happened, dotted lower case: see <see cref="AuditActions"/> (e.g. <c>rows.query</c>, <c>grant.approve</c>).</summary>
    public required string Action { get; init; }

    /// <summary>The outcome; <see cref="AuditOutcome.Ok"/> by default.</summary>
    public AuditOutcome Result { get; init; } = AuditOutcome.Ok;

    /// <summary>Free text on the outcome: the reason of a refusal, the error, or e.g. <c>GET /api/v1/… 200</c>.</summary>
    public string? Detail { get; init; }

    /// <summary>When it happened; null: the time of <see cref="AuditLog.Append"/>. Stored to the microsecond.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>Who: the platform user's id.</summary>
    public long? UserId { get; init; }

    /// <summary>Who: the sign-in name (kept as it was at the time).</summary>
    public string? Username { get; init; }

    /// <summary>Who: the role name, e.g. <c>DataSteward</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Who: the user's (or consuming application's) department.</summary>
    public long? DepartmentId { get; init; }

    /// <summary>Who: the calling application (应用), when the access went through one.</summary>
    public long? ApplicationId { get; init; }

    /// <summary>Who: the client IP address.</summary>
    public string? Ip { get; init; }

    /// <summary>What: the resource code (信息资源代码), when one is concerned.</summary>
    public string? ResourceCode { get; init; }

    /// <summary>What: the information items (信息项) returned or concerned.</summary>
    public IReadOnlyList<string>? Items { get; init; }

    /// <summary>What: how many rows were returned or exported.</summary>
    public long? RowCount { get; init; }

    /// <summary>What: the row filter as the caller gave it (or as the grant narrowed it).</summary>
    public string? Filter { get; init; }

    /// <summary>Why: the grant the access went through.</summary>
    public long? GrantId { get; init; }

    /// <summary>Why: the stated purpose.</summary>
    public string? Purpose { get; init; }

    /// <summary>
    /// The subject keys (公民身份号码, 统一社会信用代码) of the returned rows, raw. The log stores only their keyed
    /// hashes (HMAC-SM3 under the platform key <c>audit.subjects</c>), for <see cref="AuditTrail.SubjectUsesAsync"/>;
    /// the raw keys never reach the database.
    /// </summary>
    public IReadOnlyList<string>? SubjectKeys { get; init; }
}
