using Zhongyuan.Departments;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>
/// Saves the entries read from an import file: rows with a code update that resource, rows without
/// one are registered together in one transaction (as drafts, or published when asked). Rows that
/// cannot be read or break a rule are reported and skipped; the others are saved.
/// </summary>
public sealed class CatalogImporter(CatalogService catalog, DepartmentStore departments)
{
    /// <summary>Imports the entries and reports each row's fate.</summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportedEntry> entries, string actor, bool publish, CancellationToken ct = default)
    {
        var all = await departments.ListAsync(ct).ConfigureAwait(false);
        var rejected = new List<RejectedRow>();
        var updated = new List<ImportedRow>();
        var fresh = new List<(int Row, NewResource Request)>();
        foreach (var entry in entries)
        {
            if (entry.Metadata is null || entry.Errors.Count > 0)
            {
                rejected.Add(new RejectedRow(entry.Row, entry.Errors));
            }
            else if (FindProvider(all, entry.Provider) is not { } provider)
            {
                rejected.Add(new RejectedRow(entry.Row, [FieldError.Of("provider", "provider_unknown",
                    $"找不到提供方部门“{entry.Provider}”（请填写部门全称、简称或统一社会信用代码）",
                    $"No department matches the provider \"{entry.Provider}\" (give its full name, short name or credit code)")]));
            }
            else if (entry.Code is { Length: > 0 } code)
            {
                var outcome = await catalog.UpdateAsync(code, entry.Metadata, actor, ct).ConfigureAwait(false);
                if (outcome.Succeeded)
                {
                    updated.Add(new ImportedRow(entry.Row, code));
                }
                else
                {
                    rejected.Add(new RejectedRow(entry.Row, outcome.Problem.Errors.Count > 0 ? outcome.Problem.Errors
                        : [new FieldError("code", outcome.Problem.Kind.ToString().ToLowerInvariant(), outcome.Problem.Title)]));
                }
            }
            else
            {
                fresh.Add((entry.Row, new NewResource(provider.Id, entry.Metadata)));
            }
        }
        var result = await catalog.CreateManyAsync([.. fresh.Select(f => f.Request)], actor, publish, ct).ConfigureAwait(false);
        rejected.AddRange(result.Rejected.Select(r => new RejectedRow(fresh[r.Index].Row, r.Errors)));
        var rejectedIndexes = result.Rejected.Select(r => r.Index).ToHashSet();
        var createdRows = fresh.Where((_, i) => !rejectedIndexes.Contains(i)).Select(f => f.Row).ToList();
        var created = createdRows.Zip(result.Created, (row, r) => new ImportedRow(row, r.Code)).ToList();
        return new ImportReport(created, updated, [.. rejected.OrderBy(r => r.Row)]);
    }

    private static Department? FindProvider(IReadOnlyList<Department> all, string provider)
    {
        var key = provider.Trim();
        return all.FirstOrDefault(d => string.Equals(d.Name, key, StringComparison.Ordinal)
            || string.Equals(d.CreditCode, key, StringComparison.Ordinal)
            || string.Equals(d.ShortName, key, StringComparison.Ordinal));
    }
}
