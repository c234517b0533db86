using System.Globalization;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Problems;

namespace Zhongyuan.Identity;

/// <summary>
/// Password sign-in with lockout: <see cref="SecurityOptions.MaxFailedSignIns"/> consecutive failures of one account
/// lock it for <see cref="SecurityOptions.LockoutMinutes"/>; a locked account is refused without checking the password.
/// Also the user's own password change. Every attempt is audited.
/// </summary>
public sealed class SignInService(IdentityStore store, IPasswordHashing hashing, AuditLog audit, SecurityOptions options, TimeProvider time)
{
    private readonly Lazy<string> _decoy = new(() => hashing.Hash(InitialPassword.New()));

    /// <summary>Checks a username and password; see <see cref="SignInStatus"/>.</summary>
    public async Task<SignInResult> SignInAsync(string username, string password, string? ip, CancellationToken ct = default)
    {
        var account = await store.FindUserAsync(username ?? "", ct).ConfigureAwait(false);
        if (account is null)
        {
            // Spend the time of a real check so that response times do not reveal which usernames exist.
            hashing.Verify(_decoy.Value, password ?? "");
            Record(null, username, ip, IdentityAuditActions.SignIn, AuditOutcome.Denied, "unknown user");
            return new SignInResult(SignInStatus.Failed, null, null);
        }
        var now = time.GetUtcNow();
        if (account.LockedUntil > now)
        {
            Record(account, username, ip, IdentityAuditActions.SignIn, AuditOutcome.Denied, "locked");
            return new SignInResult(SignInStatus.LockedOut, null, account.LockedUntil);
        }
        var hash = await store.PasswordHashAsync(account.Id, ct).ConfigureAwait(false) ?? "";
        if (!hashing.Verify(hash, password ?? ""))
        {
            return await FailAsync(account, ip, now, ct).ConfigureAwait(false);
        }
        if (!account.Active)
        {
            Record(account, username, ip, IdentityAuditActions.SignIn, AuditOutcome.Denied, "disabled");
            return new SignInResult(SignInStatus.Failed, null, null);
        }
        await store.RecordSignInAsync(account.Id, ct).ConfigureAwait(false);
        Record(account, username, ip, IdentityAuditActions.SignIn, AuditOutcome.Ok, null);
        return new SignInResult(SignInStatus.Succeeded, await store.FindUserAsync(account.Id, ct).ConfigureAwait(false), null);
    }

    /// <summary>
    /// Changes the user's own password after checking the current one and the policy; clears the must-change flag and
    /// ends the user's other sessions (the caller re-issues its own).
    /// </summary>
    public async Task<Outcome<UserAccount>> ChangePasswordAsync(long userId, string? current, string? next, string? ip, CancellationToken ct = default)
    {
        if (await store.FindUserAsync(userId, ct).ConfigureAwait(false) is not { } account)
        {
            return IdentityProblems.UserNotFound(userId);
        }
        var hash = await store.PasswordHashAsync(userId, ct).ConfigureAwait(false) ?? "";
        if (!hashing.Verify(hash, current ?? ""))
        {
            Record(account, account.Username, ip, IdentityAuditActions.PasswordChange, AuditOutcome.Denied, "wrong current password");
            return Problem.Invalid([FieldError.Of("current", "current_password_wrong", "当前密码不正确", "The current password is wrong")]);
        }
        var errors = PasswordPolicy.Check(next, account.Username, "new").ToList();
        if (string.Equals(next, current, StringComparison.Ordinal))
        {
            errors.Add(FieldError.Of("new", "password_unchanged", "新密码不能与当前密码相同", "The new password must differ from the current one"));
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        await store.SetPasswordAsync(userId, hashing.Hash(next!), mustChangePassword: false, ct).ConfigureAwait(false);
        Record(account, account.Username, ip, IdentityAuditActions.PasswordChange, AuditOutcome.Ok, null);
        return (await store.FindUserAsync(userId, ct).ConfigureAwait(false))!;
    }

    /// <summary>Records a sign-out.</summary>
    public void SignedOut(UserAccount account, string? ip) => Record(account, account.Username, ip, IdentityAuditActions.SignOut, AuditOutcome.Ok, null);

    private async Task<SignInResult> FailAsync(UserAccount account, string? ip, DateTimeOffset now, CancellationToken ct)
    {
        var failures = await store.CountFailedSignInAsync(account.Id, ct).ConfigureAwait(false);
        Record(account, account.Username, ip, IdentityAuditActions.SignIn, AuditOutcome.Denied, "wrong password");
        if (failures < Math.Max(1, options.MaxFailedSignIns))
        {
            return new SignInResult(SignInStatus.Failed, null, null);
        }
        var until = now.AddMinutes(options.LockoutMinutes);
        await store.LockAsync(account.Id, until, ct).ConfigureAwait(false);
        Record(account, account.Username, ip, IdentityAuditActions.Lockout, AuditOutcome.Denied, string.Create(CultureInfo.InvariantCulture, $"{failures} failures, locked until {until:O}"));
        return new SignInResult(SignInStatus.LockedOut, null, until);
    }

    private void Record(UserAccount? account, string? username, string? ip, string action, AuditOutcome result, string? detail) =>
        audit.Append(new AuditEvent
        {
            Action = action, Result = result, Detail = detail, UserId = account?.Id, Username = account?.Username ?? Truncate(username),
            Role = account?.Role.ToString(), DepartmentId = account?.DepartmentId, Ip = ip,
        });

    // What an anonymous caller typed goes into the trail; keep it bounded.
    private static string? Truncate(string? text) => text is { Length: > 64 } ? text[..64] : text;
}
