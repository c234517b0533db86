using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Binding;

/// <summary>
/// How the columns of a source map to a resource's information items (see <see cref="ColumnBinder.Bind"/>).
/// </summary>
/// <param name="Bound">Items with a source column, in item order.</param>
/// <param name="MissingItems">Items no source column maps to; they load as NULL (a missing key item is also an error).</param>
/// <param name="UnknownColumns">Source columns no item uses, in source order; ignored but reported.</param>
/// <param name="Errors">Binding errors (missing key item, ambiguous or unknown mapping); the load must not proceed when any exist.</param>
public sealed record ColumnBinding(
    IReadOnlyList<BoundColumn> Bound,
    IReadOnlyList<InformationItem> MissingItems,
    IReadOnlyList<string> UnknownColumns,
    IReadOnlyList<FieldError> Errors)
{
    /// <summary>Whether the binding has no errors.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The source column bound to the item named <paramref name="itemName"/> (ordinal match), or null.</summary>
    public string? SourceFor(string itemName) =>
        Bound.FirstOrDefault(b => string.Equals(b.Item.Name, itemName, StringComparison.Ordinal))?.SourceColumn;
}
