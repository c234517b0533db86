using Zhongyuan.Catalog;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Sharing;

/// <summary>Checks of the parts of requests and approvals that refer to the resource: items and row scope.</summary>
internal static class SharingRules
{
    /// <summary>
    /// Adds errors for items the resource lacks, items it does not share (item-level 不予共享) and duplicates; returns the
    /// trimmed list.
    /// </summary>
    public static IReadOnlyList<string> CheckItems(List<FieldError> errors, string field, IReadOnlyList<string> items, Resource resource)
    {
        var byName = resource.Metadata.Items.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var clean = items.Select(i => i.Trim()).ToList();
        for (var i = 0; i < clean.Count; i++)
        {
            if (!byName.TryGetValue(clean[i], out var item))
            {
                errors.Add(FieldError.Of($"{field}[{i}]", "item_unknown", $"信息资源没有信息项“{clean[i]}”", $"The resource has no item \"{clean[i]}\""));
            }
            else if (item.ShareType == ShareType.NotShared)
            {
                errors.Add(FieldError.Of($"{field}[{i}]", "item_not_shared", $"信息项“{clean[i]}”不予共享", $"The item \"{clean[i]}\" is not shared"));
            }
            else if (clean.IndexOf(clean[i]) != i)
            {
                errors.Add(FieldError.Of($"{field}[{i}]", "item_duplicate", $"信息项“{clean[i]}”重复", $"The item \"{clean[i]}\" is listed twice"));
            }
        }
        return clean;
    }

    /// <summary>Adds errors when the filter does not parse or names a column that is not an item of the resource.</summary>
    public static void CheckFilter(List<FieldError> errors, string field, string? filter, Resource resource)
    {
        FilterNode? node;
        try
        {
            node = FilterParser.Parse(filter);
        }
        catch (QueryException e)
        {
            errors.AddRange(e.Errors.Select(x => x with { Field = field }));
            return;
        }
        var names = resource.Metadata.Items.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var column in Columns(node).Distinct(StringComparer.Ordinal).Where(c => !names.Contains(c)))
        {
            errors.Add(FieldError.Of(field, "column_unknown", $"行范围中的“{column}”不是该信息资源的信息项", $"\"{column}\" in the row scope is not an item of the resource"));
        }
    }

    /// <summary>Both filters joined by <c>and</c>; either alone when the other is blank.</summary>
    public static string? Combine(string? first, string? second) =>
        (SharingText.Clean(first), SharingText.Clean(second)) switch
        {
            (null, var b) => b,
            (var a, null) => a,
            var (a, b) => $"({a}) and ({b})",
        };

    private static IEnumerable<string> Columns(FilterNode? node) => node switch
    {
        FilterNode.Condition c => [c.Column],
        FilterNode.And a => a.Nodes.SelectMany(Columns),
        FilterNode.Or o => o.Nodes.SelectMany(Columns),
        FilterNode.Not n => Columns(n.Node),
        _ => [],
    };
}
