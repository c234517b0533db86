using Zhongyuan.Catalog;
using Zhongyuan.Localization;
using Zhongyuan.Problems;

namespace Zhongyuan.Community;

/// <summary>
/// The showcase of uses (成果展示): anyone signed in submits an app, analysis, visualisation or study built on published
/// resources; an administrator approves or rejects it (with a reason). Approved entries are public; pending and rejected
/// ones are seen by their submitter and administrators.
/// </summary>
public sealed class ShowcaseService(ShowcaseStore store, ResourceStore resources, TimeProvider time)
{
    /// <summary>The most resources one entry may name.</summary>
    public const int MaxResources = 10;

    /// <summary>Checks and stores a submission as <see cref="ModerationStatus.Pending"/>.</summary>
    public async Task<Outcome<ShowcaseEntry>> SubmitAsync(NewShowcaseEntry input, CommunityActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new List<FieldError>();
        var title = CommunityRules.Text(errors, "title", input.Title, 100, "标题", "The title");
        var description = CommunityRules.Text(errors, "description", input.Description, 2000, "简介", "The description");
        var url = CommunityRules.Text(errors, "url", input.Url, 500, "链接", "The address");
        if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add(FieldError.Of("url", "invalid_url", "链接应为 http:// 或 https:// 开头的完整地址", "The address must be a full http:// or https:// address"));
        }
        if (!Labels.TryParse<ShowcaseKind>(input.Kind, out var kind))
        {
            errors.Add(FieldError.Of("kind", "invalid_value", "类型应为 app、analysis、visualisation 或 research", "kind must be app, analysis, visualisation or research"));
        }
        var codes = await ResourceCodesAsync(input.ResourceCodes, errors, ct).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var entry = new ShowcaseEntry
        {
            Id = 0, Title = title, Kind = kind, Description = description, Url = url, ResourceCodes = codes, SubmitterId = actor.UserId,
            SubmitterName = actor.Username, Status = ModerationStatus.Pending, CreatedAt = time.GetUtcNow(),
        };
        return entry with { Id = await store.InsertAsync(entry, ct).ConfigureAwait(false) };
    }

    /// <summary>An entry: approved ones for anyone, others for their submitter and administrators (else not found).</summary>
    public async Task<Outcome<ShowcaseEntry>> FindAsync(long id, CommunityActor? actor, CancellationToken ct = default)
    {
        var entry = await store.FindAsync(id, ct).ConfigureAwait(false);
        return entry is not null && MayView(entry, actor) ? entry : NotFound(id);
    }

    /// <summary>
    /// Lists entries. Anyone sees approved ones; a status other than approved needs an administrator, except for the
    /// caller's own submissions (<paramref name="mine"/>).
    /// </summary>
    public async Task<Outcome<CommunityPage<ShowcaseEntry>>> ListAsync(ShowcaseQuery query, bool mine, CommunityActor? actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (mine && actor is null)
        {
            return Problem.Forbidden("请先登录", "Sign in first");
        }
        var scoped = mine ? query with { SubmitterId = actor!.UserId }
            : actor?.IsAdmin == true ? query
            : query with { Status = ModerationStatus.Approved };
        if (!mine && actor?.IsAdmin != true && query.Status is { } wanted && wanted != ModerationStatus.Approved)
        {
            return Problem.Forbidden("只有管理员可以查看待审核和未通过的成果", "Only administrators may list pending and rejected entries");
        }
        return await store.ListAsync(scoped, ct).ConfigureAwait(false);
    }

    /// <summary>An administrator approves or rejects a pending entry; a rejection needs a reason.</summary>
    public async Task<Outcome<ShowcaseEntry>> ModerateAsync(long id, bool approve, string? reason, CommunityActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            return Problem.Forbidden("只有系统管理员可以审核成果", "Only administrators moderate the showcase");
        }
        var entry = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (entry is null)
        {
            return NotFound(id);
        }
        var note = reason?.Trim();
        if (!approve && string.IsNullOrEmpty(note))
        {
            return Problem.Invalid([FieldError.Of("reason", "required", "不通过时请填写原因", "Give a reason for rejecting")]);
        }
        if (note?.Length > 500)
        {
            return Problem.Invalid([FieldError.Of("reason", "too_long", "原因不能超过 500 个字符", "The reason must be at most 500 characters")]);
        }
        var decided = entry with
        {
            Status = approve ? ModerationStatus.Approved : ModerationStatus.Rejected, ModeratorId = actor.UserId, ModeratorName = actor.Username,
            ModerationReason = string.IsNullOrEmpty(note) ? null : note, ModeratedAt = time.GetUtcNow(),
        };
        return await store.ModerateAsync(decided, ct).ConfigureAwait(false)
            ? decided
            : Problem.Conflict("该成果已审核", "The entry has already been moderated");
    }

    private static bool MayView(ShowcaseEntry entry, CommunityActor? actor) =>
        entry.Status == ModerationStatus.Approved || actor?.IsAdmin == true || actor?.UserId == entry.SubmitterId;

    private async Task<List<string>> ResourceCodesAsync(IReadOnlyList<string>? given, List<FieldError> errors, CancellationToken ct)
    {
        var codes = (given ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0 || codes.Count > MaxResources)
        {
            errors.Add(FieldError.Of("resourceCodes", "count", $"请填写 1 到 {MaxResources} 个所用资源的代码", $"Name 1 to {MaxResources} resources it uses"));
            return codes;
        }
        foreach (var code in codes)
        {
            if (await resources.FindAsync(code, ct).ConfigureAwait(false) is not { Status: ResourceStatus.Published })
            {
                errors.Add(FieldError.Of("resourceCodes", "resource_unknown", $"没有已发布的信息资源“{code}”", $"There is no published resource \"{code}\""));
            }
        }
        return codes;
    }

    private static Problem NotFound(long id) => Problem.NotFound($"成果 {id} 不存在", $"No showcase entry has the id {id}");
}
