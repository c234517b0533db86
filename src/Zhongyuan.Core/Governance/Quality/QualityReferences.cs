using Zhongyuan.Ingest;

namespace Zhongyuan.Governance.Quality;

/// <summary>Finds the current versions of the resources a plan's exists-in rules compare with.</summary>
internal static class QualityReferences
{
    public static async Task<IReadOnlyDictionary<string, ReferencedVersion>> ResolveAsync(DatasetStore store, DataPlane plane, GovernancePlan plan, CancellationToken ct)
    {
        var references = new Dictionary<string, ReferencedVersion>(StringComparer.Ordinal);
        foreach (var code in plan.CrossRules.Where(r => r.Kind == CrossRuleKind.ExistsIn && r.Resource is not null).Select(r => r.Resource!).Distinct(StringComparer.Ordinal))
        {
            if (await store.FindVersionAsync(code, null, ct).ConfigureAwait(false) is { } current)
            {
                references[code] = new ReferencedVersion(plane.Full(current.File), current.Columns);
            }
        }
        return references;
    }
}
