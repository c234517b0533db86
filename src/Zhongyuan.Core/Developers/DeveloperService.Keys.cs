using System.Globalization;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Identity;
using Zhongyuan.Problems;
using Zhongyuan.Sharing;
using Zhongyuan.Sharing.Access;

namespace Zhongyuan.Developers;

/// <summary>A developer's API keys: keys of their applications, each read only what that application's grant covers.</summary>
public sealed partial class DeveloperService
{
    /// <summary>The longest a developer's key may live.</summary>
    public static readonly TimeSpan MaxKeyLifetime = TimeSpan.FromDays(366);

    /// <summary>
    /// Creates a key for one of the developer's applications and returns it in clear, once. <paramref name="expiresAt"/>
    /// must lie ahead and within <see cref="MaxKeyLifetime"/>; null means <see cref="ApplicationService.DefaultKeyLifetime"/>.
    /// </summary>
    public async Task<Outcome<NewApplicationKey>> CreateKeyAsync(long applicationId, string? name, DateTimeOffset? expiresAt, IdentityActor actor, CancellationToken ct = default)
    {
        if (actor.Role != Role.Developer)
        {
            return DevelopersOnly();
        }
        if (!await store.OwnsAsync(actor.UserId, applicationId, ct).ConfigureAwait(false))
        {
            return Problem.NotFound($"您没有编号为 {applicationId} 的应用", $"You have no application with the id {applicationId}");
        }
        var now = time.GetUtcNow();
        var errors = new List<FieldError>();
        SharingText.Check(errors, "name", "密钥名称", name, 100, required: false);
        if (expiresAt is { } at && (at <= now || at > now + MaxKeyLifetime))
        {
            errors.Add(FieldError.Of("expiresAt", "expiry_invalid", "过期时间须晚于当前时间，且不超过一年", "expiresAt must lie in the future, within a year"));
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var key = await applications.CreateKeyAsync(applicationId, SharingText.Clean(name) ?? "default",
            (expiresAt ?? now + ApplicationService.DefaultKeyLifetime).ToUniversalTime(), actor.Username, ct).ConfigureAwait(false);
        audit.Append(KeyEvent(actor, applicationId, string.Create(CultureInfo.InvariantCulture, $"create {applicationId} key {key.Key.Id} {key.Key.Hint}")));
        return key;
    }

    /// <summary>The developer's keys (never the keys themselves), newest first.</summary>
    public Task<IReadOnlyList<DeveloperKey>> KeysAsync(long userId, CancellationToken ct = default) => store.KeysAsync(userId, ct);

    /// <summary>Revokes one of the developer's keys at once.</summary>
    public async Task<Outcome<DeveloperKey>> RevokeKeyAsync(long keyId, IdentityActor actor, CancellationToken ct = default)
    {
        var key = (await store.KeysAsync(actor.UserId, ct).ConfigureAwait(false)).FirstOrDefault(k => k.Id == keyId);
        if (key is null || actor.Role != Role.Developer || !await applications.RevokeKeyAsync(key.ApplicationId, keyId, ct).ConfigureAwait(false))
        {
            return Problem.NotFound($"您没有未吊销的密钥 {keyId}", $"You have no unrevoked key {keyId}");
        }
        audit.Append(KeyEvent(actor, key.ApplicationId, string.Create(CultureInfo.InvariantCulture, $"revoke {key.ApplicationId} key {keyId}")));
        return (await store.KeysAsync(actor.UserId, ct).ConfigureAwait(false)).Single(k => k.Id == keyId);
    }

    /// <summary>Calls and rows per key per China day over the last <paramref name="days"/> days (today included).</summary>
    public Task<IReadOnlyList<KeyUsageDay>> UsageAsync(long userId, int days, CancellationToken ct = default) =>
        usage.ForOwnerAsync(userId, ChinaDay.Of(time.GetUtcNow()).AddDays(1 - Math.Clamp(days, 1, 366)), ct);

    private static AuditEvent KeyEvent(IdentityActor actor, long applicationId, string detail) => new()
    {
        Action = AuditActions.ApplicationKey, UserId = actor.UserId, Username = actor.Username, Role = actor.Role.ToString(), Ip = actor.Ip,
        ApplicationId = applicationId, Detail = detail,
    };
}
