using Zhongyuan.Catalog;
using Zhongyuan.Departments;

namespace Zhongyuan.Demo;

/// <summary>
/// Seeds the demo province on an empty platform: the provincial departments and city big-data bureaus,
/// then about 200 catalog entries, deterministic from a seed. Does nothing to a platform that has data.
/// </summary>
internal sealed class DemoSeeder(DepartmentStore departments, ResourceStore resources, CatalogService catalog)
{
    /// <summary>How many entries the demo catalog has: about 200 of them published, the rest drafts.</summary>
    public const int CatalogSize = 225;

    /// <summary>The actor recorded on seeded entries.</summary>
    public const string Actor = "demo";

    /// <summary>Seeds what is missing; returns the number of resources created.</summary>
    public async Task<int> SeedAsync(int seed, CancellationToken ct = default)
    {
        var ids = await SeedDepartmentsAsync(ct).ConfigureAwait(false);
        var (existing, _) = await resources.ListAsync(new ResourceListQuery(Limit: 1), ct).ConfigureAwait(false);
        if (existing.Count > 0)
        {
            return 0;
        }
        var generated = DemoCatalog.Generate(seed, CatalogSize);
        var created = 0;
        foreach (var publish in new[] { true, false })
        {
            var batch = generated.Where(g => g.Publish == publish && ids.ContainsKey(g.ProviderName))
                .Select(g => new NewResource(ids[g.ProviderName], g.Metadata)).ToList();
            var result = await catalog.CreateManyAsync(batch, Actor, publish, ct).ConfigureAwait(false);
            if (result.Rejected.Count > 0)
            {
                throw new InvalidOperationException($"The demo catalog has {result.Rejected.Count} invalid entries, e.g. {result.Rejected[0].Errors[0].Message.En}.");
            }
            created += result.Created.Count;
        }
        return created;
    }

    private async Task<Dictionary<string, long>> SeedDepartmentsAsync(CancellationToken ct)
    {
        var ids = (await departments.ListAsync(ct).ConfigureAwait(false)).ToDictionary(d => d.Name, d => d.Id, StringComparer.Ordinal);
        foreach (var d in DemoDepartments.All.Where(d => !ids.ContainsKey(d.Name)))
        {
            var level = string.Equals(d.Level, DemoDepartments.CityLevel, StringComparison.Ordinal) ? DepartmentLevel.City : DepartmentLevel.Province;
            long? parent = d.ParentName is not null && ids.TryGetValue(d.ParentName, out var p) ? p : null;
            ids[d.Name] = await departments.InsertAsync(new NewDepartment(d.Name, d.ShortName, d.CreditCode, d.RegionCode, level, parent), ct).ConfigureAwait(false);
        }
        return ids;
    }
}
