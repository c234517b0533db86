using System.Diagnostics;
using Zhongyuan.Departments;

namespace Zhongyuan.Catalog;

public sealed partial class CatalogService
{
    /// <summary>
    /// Registers many resources in one transaction — the path of catalog import, the demo seed and
    /// benchmarks. Each request is validated like <see cref="CreateAsync"/> (including name clashes within
    /// the batch); invalid ones are reported and skipped, valid ones are created as drafts, or directly
    /// as published entries when <paramref name="publish"/> is set (recorded as such).
    /// </summary>
    public async Task<BulkResult> CreateManyAsync(IReadOnlyList<NewResource> requests, string actor, bool publish, CancellationToken ct = default)
    {
        var providers = (await departments.ListAsync(ct).ConfigureAwait(false)).ToDictionary(d => d.Id);
        await using var c = await Db.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var nameKeys = await store.AllNameKeysAsync(c, t, ct).ConfigureAwait(false);
        var rejected = new List<(int, IReadOnlyList<FieldError>)>();
        var valid = new List<(int Index, NewResource Request, Classification Classification)>();
        for (var i = 0; i < requests.Count; i++)
        {
            var errors = ValidateForBatch(requests[i], providers, nameKeys);
            if (errors.Count > 0)
            {
                rejected.Add((i, errors));
                continue;
            }
            valid.Add((i, requests[i], Classification.TryParse(requests[i].Metadata.Classification, out var cl) ? cl : throw new UnreachableException()));
        }
        var now = Now();
        var numbered = new List<(int Index, StoredResource Row)>(valid.Count);
        foreach (var group in valid.GroupBy(v => v.Classification.Code, StringComparer.Ordinal))
        {
            var items = group.ToList();
            var last = await store.ReserveSequenceAsync(c, t, group.Key, items.Count, ct).ConfigureAwait(false);
            if (last > ResourceCode.MaxSequence)
            {
                throw new InvalidOperationException($"The classification {group.Key} has no resource codes left.");
            }
            numbered.AddRange(items.Select((v, k) => (v.Index, NewRow(v.Request, v.Classification, last - items.Count + 1 + k, publish, now))));
        }
        var rows = numbered.OrderBy(n => n.Index).Select(n => n.Row).ToList();
        await store.InsertManyAsync(c, t, rows, actor, ct).ConfigureAwait(false);
        await t.CommitAsync(ct).ConfigureAwait(false);
        var created = rows.Select(r => ToResource(r, providers[r.ProviderId])).ToList();
        index.UpsertMany(created);
        return new BulkResult(created, rejected);
    }

    private List<FieldError> ValidateForBatch(NewResource request, Dictionary<long, Department> providers, Dictionary<long, HashSet<string>> nameKeys)
    {
        if (!providers.ContainsKey(request.ProviderId))
        {
            return [FieldError.Of("providerId", "provider_unknown", "提供方部门不存在", "The providing department does not exist")];
        }
        if (!nameKeys.TryGetValue(request.ProviderId, out var keys))
        {
            keys = nameKeys[request.ProviderId] = new HashSet<string>(StringComparer.Ordinal);
        }
        var errors = CatalogRules.Validate(request.Metadata, new CatalogRuleContext(keys, isKnownRegion)).ToList();
        if (errors.Count == 0)
        {
            keys.Add(NameKey.Of(request.Metadata.Name));
        }
        return errors;
    }

    private static StoredResource NewRow(NewResource request, Classification classification, long sequence, bool publish, DateTimeOffset now) =>
        new(ResourceCode.Format(classification, sequence), classification.Code, request.ProviderId,
            publish ? ResourceStatus.Published : ResourceStatus.Draft, 1,
            request.Metadata with { Classification = classification.Code }, now, now,
            publish ? DateOnly.FromDateTime(now.UtcDateTime) : null);

    private static Resource ToResource(StoredResource r, Department provider) => new()
    {
        Code = r.Code,
        Status = r.Status,
        Version = r.Version,
        Provider = new ProviderRef(provider.Id, provider.Name, provider.CreditCode, provider.RegionCode),
        Metadata = r.Metadata,
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
        PublishDate = r.PublishDate,
    };
}
