using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Sharing.Masking;

namespace Zhongyuan.Sharing.Access;

/// <summary>
/// Builds the view an application reads a version through (<see cref="GrantedView"/>): the query shape is
/// <c>raw rows WHERE grant row filter</c> → <c>granted items, masked</c> → the caller's filter, sort and paging over
/// the masked values, so a condition on a masked item cannot probe its raw values.
/// </summary>
public static class GrantViews
{
    /// <summary>The data elements whose values identify a subject for data-use transparency: 公民身份号码 and 统一社会信用代码.</summary>
    public static readonly IReadOnlyList<string> SubjectElements = ["DE00001", "DE00030"];

    /// <summary>The rule an item is masked by under a grant: the grant's own, else the item's catalog rule, else none.</summary>
    public static MaskingRule RuleOf(Grant grant, string item, InformationItem? catalogItem)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return grant.Masking.TryGetValue(item, out var rule) ? rule : catalogItem?.Masking ?? MaskingRule.None;
    }

    /// <summary>The view of one version under a grant.</summary>
    /// <param name="parquetPath">The version's Parquet file.</param>
    /// <param name="columns">The version's columns.</param>
    /// <param name="items">The resource's information items (catalog masking rules and data elements).</param>
    /// <param name="grant">The grant in force.</param>
    /// <param name="grantKey">The grant's pseudonym key (<see cref="Pseudonyms.GrantKey"/>).</param>
    /// <exception cref="QueryException">The grant's row filter does not fit the version.</exception>
    public static GrantedView Build(string parquetPath, IReadOnlyList<IngestColumn> columns, IReadOnlyList<InformationItem> items, Grant grant, ReadOnlySpan<byte> grantKey)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var catalog = items.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var granted = new HashSet<string>(grant.Items, StringComparer.Ordinal);
        var visible = columns.Where(c => c.Name != IngestColumn.RowId && granted.Contains(c.Name)).Select(c => c.Name).ToList();
        var masking = visible.ToDictionary(n => n, n => RuleOf(grant, n, catalog.GetValueOrDefault(n)), StringComparer.Ordinal);
        var keyHex = Convert.ToHexStringLower(grantKey);
        var projection = visible.Select(n => Column(n, masking[n], keyHex)).ToList();
        var subjects = columns.Where(c => catalog.GetValueOrDefault(c.Name)?.DataElement is { } de && SubjectElements.Contains(de, StringComparer.Ordinal))
            .Select(c => c.Name).ToList();
        var filter = FilterParser.Parse(grant.RowFilter);
        var view = RowsView.Project(parquetPath, columns, filter, projection, subjects);
        return new GrantedView(grant, view, visible, masking, subjects);
    }

    private static ViewColumn Column(string name, MaskingRule rule, string keyHex) => rule switch
    {
        MaskingRule.None => new ViewColumn(name),
        MaskingRule.Redact => new ViewColumn(name, Redact: true),
        MaskingRule.Pseudonym => new ViewColumn(name, MaskingFunctions.Pseudonym, keyHex),
        _ => new ViewColumn(name, MaskingFunctions.FunctionOf(rule)),
    };
}
