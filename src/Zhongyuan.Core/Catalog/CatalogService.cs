using System.Data.Common;
using System.Diagnostics;
using Zhongyuan.Departments;
using Zhongyuan.Problems;
using Zhongyuan.Storage;

namespace Zhongyuan.Catalog;

/// <summary>
/// The catalog's use cases: register, edit, and move a resource through draft → submitted →
/// published → retired, recording each step with who and when and keeping every published version.
/// Each call is one transaction; the search index is updated after it commits.
/// </summary>
public sealed partial class CatalogService(
    ResourceStore store, DepartmentStore departments, IResourceIndex index, TimeProvider time, Func<string, bool> isKnownRegion)
{
    private Database Db => store.Database;

    /// <summary>Registers a resource as a draft with a newly generated code.</summary>
    public async Task<Outcome<Resource>> CreateAsync(NewResource request, string actor, CancellationToken ct = default)
    {
        var provider = await departments.FindAsync(request.ProviderId, ct).ConfigureAwait(false);
        if (provider is null)
        {
            return Problem.Invalid([FieldError.Of("providerId", "provider_unknown", "提供方部门不存在", "The providing department does not exist")]);
        }
        await using var c = await Db.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var errors = CatalogRules.Validate(request.Metadata, await ContextAsync(c, t, provider.Id, 0, ct).ConfigureAwait(false));
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var classification = Classification.TryParse(request.Metadata.Classification, out var parsed) ? parsed : throw new UnreachableException();
        var sequence = await store.ReserveSequenceAsync(c, t, classification.Code, 1, ct).ConfigureAwait(false);
        if (sequence > ResourceCode.MaxSequence)
        {
            return Problem.Conflict("该分类下的资源代码已用尽", "The classification has no resource codes left");
        }
        var now = Now();
        var metadata = request.Metadata with { Classification = classification.Code };
        var row = new StoredResource(ResourceCode.Format(classification, sequence), classification.Code, provider.Id,
            ResourceStatus.Draft, 1, metadata, now, now, null);
        long id;
        try
        {
            id = await store.InsertAsync(c, t, row, ct).ConfigureAwait(false);
        }
        catch (DbException e) when (DbErrors.IsUniqueViolation(e))
        {
            return NameTaken();
        }
        await store.InsertEventAsync(c, t, id, new ResourceEvent("create", null, ResourceStatus.Draft, 1, actor, now, null), ct).ConfigureAwait(false);
        return await CommitAsync(c, t, row.Code, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces a resource's metadata. A draft or submitted entry changes in place; a published entry
    /// gets a new version and the previous one stays readable. Retired entries cannot change, nor can
    /// the classification, which the code embeds.
    /// </summary>
    public async Task<Outcome<Resource>> UpdateAsync(string code, ResourceMetadata metadata, string actor, CancellationToken ct = default)
    {
        await using var c = await Db.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (await store.FindAsync(c, t, code, ct).ConfigureAwait(false) is not var (id, current))
        {
            return ResourceNotFound(code);
        }
        if (current.Status == ResourceStatus.Retired)
        {
            return Problem.Conflict("已停用的信息资源不能修改", "A retired resource cannot be changed");
        }
        var normalized = Classification.TryParse(metadata.Classification, out var parsed) ? parsed.Code : metadata.Classification;
        if (!string.Equals(normalized, current.Metadata.Classification, StringComparison.Ordinal))
        {
            return Problem.Invalid([FieldError.Of("classification", "classification_fixed",
                "信息资源分类决定资源代码，创建后不能修改；请新建资源并停用本资源",
                "The classification is part of the resource code and cannot change; register a new resource and retire this one")]);
        }
        var errors = CatalogRules.Validate(metadata, await ContextAsync(c, t, current.Provider.Id, id, ct).ConfigureAwait(false));
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var now = Now();
        var published = current.Status == ResourceStatus.Published;
        var version = published ? current.Version + 1 : current.Version;
        var row = ToStored(current, id, current.Status, version, now) with { Metadata = metadata with { Classification = normalized } };
        try
        {
            if (!await store.UpdateAsync(c, t, row, current.Version, current.Status, ct).ConfigureAwait(false))
            {
                return ChangedMeanwhile();
            }
        }
        catch (DbException e) when (DbErrors.IsUniqueViolation(e))
        {
            return NameTaken();
        }
        if (published)
        {
            await store.InsertVersionAsync(c, t, id, version, row.Metadata, now, actor, ct).ConfigureAwait(false);
        }
        await store.InsertEventAsync(c, t, id, new ResourceEvent("update", current.Status, current.Status, version, actor, now, null), ct).ConfigureAwait(false);
        return await CommitAsync(c, t, code, ct).ConfigureAwait(false);
    }

    /// <summary>The current time at the microsecond precision PostgreSQL keeps, so that what is indexed equals what is stored.</summary>
    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }

    private async Task<CatalogRuleContext> ContextAsync(DbConnection c, DbTransaction t, long providerId, long excludeId, CancellationToken ct) =>
        new(await store.NameKeysAsync(c, t, providerId, excludeId, ct).ConfigureAwait(false), isKnownRegion);

    private async Task<Outcome<Resource>> CommitAsync(DbConnection c, DbTransaction t, string code, CancellationToken ct)
    {
        var saved = await store.FindAsync(c, t, code, ct).ConfigureAwait(false) ?? throw new InvalidOperationException("Resource vanished inside its transaction.");
        await t.CommitAsync(ct).ConfigureAwait(false);
        index.Upsert(saved.Resource);
        return saved.Resource;
    }

    private static StoredResource ToStored(Resource r, long id, ResourceStatus status, int version, DateTimeOffset now) =>
        new(r.Code, r.Metadata.Classification, r.Provider.Id, status, version, r.Metadata, r.CreatedAt, now, r.PublishDate, id);

    private static Problem ResourceNotFound(string code) =>
        Problem.NotFound($"信息资源“{code}”不存在", $"No resource has the code \"{code}\"");

    private static Problem ChangedMeanwhile() =>
        Problem.Conflict("信息资源已被他人修改，请刷新后重试", "The resource was changed meanwhile; reload and try again");

    private static Problem NameTaken() => Problem.Invalid([FieldError.Of("name", "name_duplicate",
        "该提供方已有同名信息资源（仅标点或空格不同也视为同名）",
        "The provider already has a resource with this name (names differing only by punctuation or spaces are the same)")]);
}
