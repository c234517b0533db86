using System.Globalization;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Identity;
using Zhongyuan.Problems;
using Zhongyuan.Sharing;

namespace Zhongyuan.Developers;

/// <summary>
/// The developer centre (开发者中心): self sign-up of registered developers (role Developer, no department) and their
/// applications (申请) for 有条件开放 resources. An application is a share request (共享申请) of an application (应用)
/// the developer owns in the pseudo-department 社会开发者, one per resource, so the provider's data stewards answer it with
/// the share-request machinery (<see cref="ShareRequestService.ApproveAsync"/>) and the grant limits that application's
/// keys to that resource. Keys: see <see cref="DeveloperService"/>'s key methods (DeveloperService.Keys.cs).
/// </summary>
public sealed partial class DeveloperService(
    DeveloperStore store, IdentityStore identity, IPasswordHashing hashing, ResourceStore resources, ShareRequestStore requests,
    ShareRequestService sharing, GrantStore grants, ApplicationStore applications, KeyUsageStore usage, SharingOptions options, AuditLog audit,
    TimeProvider time)
{
    /// <summary>Registers a developer with the password they chose (held to <see cref="PasswordPolicy"/>); audited as <c>user.create</c>.</summary>
    public async Task<Outcome<UserAccount>> SignUpAsync(DeveloperSignUp signUp, string? ip, CancellationToken ct = default)
    {
        var username = signUp.Username?.Trim() ?? "";
        var user = new NewUser(username, signUp.DisplayName?.Trim() ?? "", Role.Developer, null);
        var errors = UserAdministration.CheckNewAccount(user);
        var email = signUp.Email?.Trim().ToLowerInvariant() ?? "";
        if (!IsEmail(email))
        {
            errors.Add(FieldError.Of("email", "email_invalid", "请填写有效的电子邮箱地址", "Enter a valid e-mail address"));
        }
        errors.AddRange(PasswordPolicy.Check(signUp.Password, username));
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var (id, taken) = await store.RegisterAsync(user, hashing.Hash(signUp.Password!), email, ct).ConfigureAwait(false);
        switch (taken)
        {
            case SignUpConflict.Username:
                return IdentityProblems.Conflict("username", "username_taken", $"用户名 {username} 已被使用", $"The username {username} is taken");
            case SignUpConflict.Email:
                return IdentityProblems.Conflict("email", "email_taken", "该电子邮箱已注册开发者账户", "A developer account with this e-mail already exists");
        }
        audit.Append(new AuditEvent
        {
            Action = AuditActions.UserCreate, UserId = id, Username = username, Role = nameof(Role.Developer), Ip = ip,
            Detail = string.Create(CultureInfo.InvariantCulture, $"user={id} ({username}) developer self sign-up"),
        });
        return (await identity.FindUserAsync(id, ct).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Files a developer's application for a published 有条件开放 resource: pending until the provider's data steward
    /// answers, within the sharing deadline. One pending application, or one approval in force, per developer and resource.
    /// </summary>
    public async Task<Outcome<ShareRequest>> ApplyAsync(DeveloperApplication application, IdentityActor actor, CancellationToken ct = default)
    {
        if (actor.Role != Role.Developer)
        {
            return DevelopersOnly();
        }
        var resource = await resources.FindAsync(application.ResourceCode ?? "", ct).ConfigureAwait(false);
        if (resource is not { Status: ResourceStatus.Published })
        {
            return Problem.NotFound($"已发布的信息资源“{application.ResourceCode}”不存在", $"No published resource has the code \"{application.ResourceCode}\"");
        }
        if (resource.Metadata.OpenType != OpenType.Conditional)
        {
            return Problem.Conflict($"信息资源“{resource.Metadata.Name}”不是有条件开放资源，无需（或不能）申请",
                $"The resource \"{resource.Metadata.Name}\" is not open on conditions: it needs no application, or cannot be applied for");
        }
        var errors = new List<FieldError>();
        SharingText.Check(errors, "purpose", "用途", application.Purpose, 1000, required: true);
        var items = application.Items is { Count: > 0 } asked
            ? SharingRules.CheckItems(errors, "items", asked, resource)
            : [.. resource.Metadata.Items.Where(i => i.ShareType != ShareType.NotShared).Select(i => i.Name)];
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var department = await store.DevelopersDepartmentAsync(ct).ConfigureAwait(false);
        var appId = await store.OwnedApplicationAsync(department, actor.UserId, $"{actor.Username}/{resource.Code}",
            $"有条件开放申请 {resource.Code} {resource.Metadata.Name}", actor.Username, ct).ConfigureAwait(false);
        if (await AlreadyAsync(appId, resource.Code, ct).ConfigureAwait(false) is { } conflict)
        {
            return conflict;
        }
        var now = Microseconds(time.GetUtcNow().ToUniversalTime());
        var request = new ShareRequest
        {
            Id = 0, ResourceCode = resource.Code, ResourceName = resource.Metadata.Name, ShareType = resource.Metadata.ShareType,
            ApplicationId = appId, ApplicationName = $"{actor.Username}/{resource.Code}", ConsumerDepartmentId = department, ProviderId = resource.Provider.Id,
            RequesterId = actor.UserId, RequesterName = actor.Username, Purpose = application.Purpose!.Trim(), Items = items,
            StartsAt = now, EndsAt = now.AddDays(Math.Max(1, options.DefaultPeriodDays)), Status = ShareRequestStatus.Pending,
            Deadline = sharing.DeadlineFor(now, complex: false), CreatedAt = now,
        };
        var stored = (await requests.InsertAsync(request, null, ct).ConfigureAwait(false))!;
        audit.Append(new AuditEvent
        {
            Action = AuditActions.RequestCreate, UserId = actor.UserId, Username = actor.Username, Role = nameof(Role.Developer), Ip = actor.Ip,
            ApplicationId = appId, ResourceCode = stored.ResourceCode, Items = stored.Items, Purpose = stored.Purpose,
            Detail = string.Create(CultureInfo.InvariantCulture, $"request {stored.Id} 有条件开放 developer application"),
        });
        return stored;
    }

    /// <summary>The developer's applications (share requests of the applications they own), newest first.</summary>
    public async Task<IReadOnlyList<ShareRequest>> ApplicationsAsync(long userId, CancellationToken ct = default) =>
        (await requests.ListAsync(new ShareRequestQuery { OwnerUserId = userId, Limit = 500 }, time.GetUtcNow(), ct).ConfigureAwait(false)).Items;

    private async Task<Problem?> AlreadyAsync(long applicationId, string code, CancellationToken ct)
    {
        if (await requests.HasPendingAsync(applicationId, code, ct).ConfigureAwait(false))
        {
            return Problem.Conflict("您对此信息资源已有待审核的申请", "You already have a pending application for this resource");
        }
        return await grants.InForceAsync(applicationId, code, time.GetUtcNow(), ct).ConfigureAwait(false) is not null
            ? Problem.Conflict("您的申请已获批准，可在开发者中心创建密钥", "Your application was approved already: create a key in the developer centre")
            : null;
    }

    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return email.Length is > 5 and <= 254 && at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1
            && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }

    private static DateTimeOffset Microseconds(DateTimeOffset t) => t.AddTicks(-(t.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));

    private static Problem DevelopersOnly() => Problem.Forbidden("只有注册开发者可以使用开发者中心", "Only registered developers may use the developer centre");
}
