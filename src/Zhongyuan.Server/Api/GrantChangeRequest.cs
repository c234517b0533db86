namespace Zhongyuan.Server.Api;

/// <summary>A change of a grant: the reason (required to revoke), a note, a new end (renew) or a daily quota (quota).</summary>
internal sealed record GrantChangeRequest(string? Reason, string? Note, DateTimeOffset? EndsAt, long? DailyQuota);
