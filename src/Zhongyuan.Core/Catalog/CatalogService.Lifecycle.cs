using Zhongyuan.Localization;
using Zhongyuan.Problems;

namespace Zhongyuan.Catalog;

public sealed partial class CatalogService
{
    /// <summary>Draft → submitted: the provider asks for publication.</summary>
    public Task<Outcome<Resource>> SubmitAsync(string code, string actor, string? note = null, CancellationToken ct = default) =>
        MoveAsync(code, "submit", ResourceStatus.Draft, ResourceStatus.Submitted, actor, note, ct);

    /// <summary>Submitted → draft: sent back for changes (by the reviewer or the provider).</summary>
    public Task<Outcome<Resource>> WithdrawAsync(string code, string actor, string? note = null, CancellationToken ct = default) =>
        MoveAsync(code, "withdraw", ResourceStatus.Submitted, ResourceStatus.Draft, actor, note, ct);

    /// <summary>Submitted → published: the entry enters the catalog and its metadata version is kept.</summary>
    public Task<Outcome<Resource>> PublishAsync(string code, string actor, string? note = null, CancellationToken ct = default) =>
        MoveAsync(code, "publish", ResourceStatus.Submitted, ResourceStatus.Published, actor, note, ct);

    /// <summary>Published → retired: withdrawn from use; the metadata stays readable.</summary>
    public Task<Outcome<Resource>> RetireAsync(string code, string actor, string? note = null, CancellationToken ct = default) =>
        MoveAsync(code, "retire", ResourceStatus.Published, ResourceStatus.Retired, actor, note, ct);

    private async Task<Outcome<Resource>> MoveAsync(
        string code, string action, ResourceStatus from, ResourceStatus to, string actor, string? note, CancellationToken ct)
    {
        await using var c = await Db.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (await store.FindAsync(c, t, code, ct).ConfigureAwait(false) is not var (id, current))
        {
            return ResourceNotFound(code);
        }
        if (current.Status != from)
        {
            return Problem.Conflict(
                $"当前状态为“{Labels.Zh(current.Status)}”，不能执行此操作（需要“{Labels.Zh(from)}”）",
                $"The resource is {Labels.Of(current.Status).En}; this step needs {Labels.Of(from).En}");
        }
        var now = Now();
        var publishDate = to == ResourceStatus.Published ? current.PublishDate ?? DateOnly.FromDateTime(now.UtcDateTime) : current.PublishDate;
        var row = ToStored(current, id, to, current.Version, now) with { PublishDate = publishDate };
        if (!await store.UpdateAsync(c, t, row, current.Version, from, ct).ConfigureAwait(false))
        {
            return ChangedMeanwhile();
        }
        if (to == ResourceStatus.Published)
        {
            await store.InsertVersionAsync(c, t, id, current.Version, current.Metadata, now, actor, ct).ConfigureAwait(false);
        }
        await store.InsertEventAsync(c, t, id, new ResourceEvent(action, from, to, current.Version, actor, now, note), ct).ConfigureAwait(false);
        return await CommitAsync(c, t, code, ct).ConfigureAwait(false);
    }
}
