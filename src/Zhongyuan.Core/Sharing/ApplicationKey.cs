namespace Zhongyuan.Sharing;

/// <summary>A key of an application as listed: never the key itself, which is shown once when created.</summary>
/// <param name="Id">Platform id.</param>
/// <param name="ApplicationId">The application it authenticates.</param>
/// <param name="Name">What the key is for, e.g. 生产环境.</param>
/// <param name="Hint">The first characters of the key (<c>zya_AbCd…</c>), to recognise it.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="ExpiresAt">When it stops working; null for never.</param>
/// <param name="RevokedAt">When it was revoked; null while not.</param>
public sealed record ApplicationKey(
    long Id, long ApplicationId, string Name, string Hint, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the key authenticates at <paramref name="now"/>.</summary>
    public bool IsValid(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);
}
