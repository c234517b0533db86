using System.Text.Json;

namespace Zhongyuan.Audit;

/// <summary>An event as stored: the columns of <c>audit_events</c> (times in Unix microseconds, items as a JSON array).</summary>
internal sealed class AuditRow
{
    public long Seq { get; set; }
    public long At { get; set; }
    public long? UserId { get; set; }
    public string? Username { get; set; }
    public string? Role { get; set; }
    public long? DepartmentId { get; set; }
    public long? ApplicationId { get; set; }
    public string? Ip { get; set; }
    public string Action { get; set; } = "";
    public string? ResourceCode { get; set; }
    public string? Items { get; set; }
    public long? RowCount { get; set; }
    public string? Filter { get; set; }
    public long? GrantId { get; set; }
    public string? Purpose { get; set; }
    public string Result { get; set; } = "ok";
    public string? Detail { get; set; }
    public byte[]? Subjects { get; set; }
    public byte[] PrevHash { get; set; } = [];
    public byte[] Hash { get; set; } = [];

    /// <summary>The stored form of an event (without seq and hashes, which the writer assigns).</summary>
    public static AuditRow From(AuditEvent e, DateTimeOffset at, byte[]? subjects) => new()
    {
        At = AuditCanonical.ToMicroseconds(e.At ?? at), UserId = e.UserId, Username = e.Username, Role = e.Role,
        DepartmentId = e.DepartmentId, ApplicationId = e.ApplicationId, Ip = e.Ip, Action = e.Action, ResourceCode = e.ResourceCode,
        Items = e.Items is null ? null : JsonSerializer.Serialize(e.Items, AuditJson.Options), RowCount = e.RowCount, Filter = e.Filter,
        GrantId = e.GrantId, Purpose = e.Purpose, Result = OutcomeText(e.Result), Detail = e.Detail, Subjects = subjects,
    };

    public static string OutcomeText(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Ok => "ok",
        AuditOutcome.Denied => "denied",
        _ => "error",
    };
}
