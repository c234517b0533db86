namespace Zhongyuan.Developers;

/// <summary>What one application key did on one China day (UTC+8): data calls served and rows delivered.</summary>
/// <param name="KeyId">The key.</param>
/// <param name="Day">The China day, <c>yyyy-MM-dd</c>.</param>
/// <param name="Requests">Data calls served under a grant (rows, counts, exports…); refused calls are not counted.</param>
/// <param name="Rows">Rows delivered.</param>
public sealed record KeyUsageDay(long KeyId, string Day, long Requests, long Rows);
