using System.Globalization;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Problems;

namespace Zhongyuan.Identity;

/// <summary>
/// API tokens for programs: each user creates, lists and revokes their own. A token's scopes must be allowed to the
/// owner's role (<see cref="RoleScopes"/>) and, when created with a token, held by that token too, so a narrow token
/// cannot mint a wider one; every token expires within <see cref="SecurityOptions.MaxTokenDays"/> days.
/// </summary>
public sealed class ApiTokens(IdentityStore store, AuditLog audit, SecurityOptions options, TimeProvider time)
{
    /// <summary>
    /// Creates a token for <paramref name="actor"/>. <paramref name="callerScopes"/> are the scopes of the token the
    /// request came with, or null for a signed-in session.
    /// </summary>
    public async Task<Outcome<IssuedToken>> CreateAsync(IdentityActor actor, IReadOnlySet<string>? callerScopes, string? name,
        IReadOnlyList<string>? scopes, int? expiresInDays, CancellationToken ct = default)
    {
        var errors = Validate(actor.Role, callerScopes, name, scopes, expiresInDays);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var joined = string.Join(' ', RoleScopes.Order(scopes!));
        var expiresAt = time.GetUtcNow().AddDays(expiresInDays!.Value);
        var (id, secret) = await store.IssueTokenAsync(actor.UserId, name!.Trim(), joined, expiresAt, ct).ConfigureAwait(false);
        var token = (await store.ListTokensAsync(actor.UserId, ct).ConfigureAwait(false)).First(t => t.Id == id);
        Record(actor, IdentityAuditActions.TokenCreate, id, $"name={token.Name} scopes={joined} expires={expiresAt:O}");
        return new IssuedToken(token, secret);
    }

    /// <summary>The user's tokens, newest first, never their secrets.</summary>
    public Task<IReadOnlyList<ApiToken>> ListAsync(long userId, CancellationToken ct = default) => store.ListTokensAsync(userId, ct);

    /// <summary>Revokes one of the actor's own tokens; false when the actor has no such active token.</summary>
    public async Task<bool> RevokeAsync(IdentityActor actor, long tokenId, CancellationToken ct = default)
    {
        if (!await store.RevokeTokenAsync(actor.UserId, tokenId, ct).ConfigureAwait(false))
        {
            return false;
        }
        Record(actor, IdentityAuditActions.TokenRevoke, tokenId, null);
        return true;
    }

    private List<FieldError> Validate(Role role, IReadOnlySet<string>? callerScopes, string? name, IReadOnlyList<string>? scopes, int? days)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            errors.Add(FieldError.Of("name", "name_invalid", "令牌名称须为 1 至 100 个字符", "The token name needs 1 to 100 characters"));
        }
        if (scopes is null || scopes.Count == 0)
        {
            errors.Add(FieldError.Of("scopes", "scopes_required", "至少需要一个权限范围", "At least one scope is needed"));
        }
        foreach (var scope in scopes ?? [])
        {
            if (!RoleScopes.Allowed(role).Contains(scope) || callerScopes?.Contains(scope) == false)
            {
                errors.Add(FieldError.Of("scopes", "scope_not_allowed", $"当前角色或令牌不能授予权限范围 {scope}",
                    $"Your role or token cannot grant the scope {scope}"));
            }
        }
        if (days is null || days < 1 || days > options.MaxTokenDays)
        {
            errors.Add(FieldError.Of("expiresInDays", "expiry_invalid", $"有效期须为 1 至 {options.MaxTokenDays} 天",
                $"The lifetime must be 1 to {options.MaxTokenDays} days"));
        }
        return errors;
    }

    private void Record(IdentityActor actor, string action, long tokenId, string? detail) =>
        audit.Append(new AuditEvent
        {
            Action = action, UserId = actor.UserId, Username = actor.Username, Role = actor.Role.ToString(), DepartmentId = actor.DepartmentId,
            Ip = actor.Ip, Detail = string.Create(CultureInfo.InvariantCulture, $"token={tokenId}{(detail is null ? "" : " " + detail)}"),
        });
}
