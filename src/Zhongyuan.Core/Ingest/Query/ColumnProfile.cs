using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Query;

/// <summary>
/// Summary statistics of one column of a version, computed at load time and stored as JSON (camelCase, e.g.
/// with <see cref="CatalogJson.Options"/>). Values as text use the invariant forms: <c>2024-01-31</c>,
/// <c>2024-01-31 08:00:00</c>, <c>1234.5</c>, <c>true</c>.
/// </summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">The item type.</param>
/// <param name="Rows">Rows in the version.</param>
/// <param name="NullCount">Rows where the column is null.</param>
/// <param name="DistinctEstimate">Approximate number of distinct non-null values (HyperLogLog, a few percent off on large columns).</param>
/// <param name="Min">The smallest value, or null when all are null or the column is binary.</param>
/// <param name="Max">The largest value, likewise.</param>
/// <param name="Mean">The mean of an integer or decimal column, else null.</param>
/// <param name="Top">Up to 10 frequent non-null values with exact counts, most frequent first. The candidates come
/// from an approximate top-k sketch, so on columns with very many distinct values they may miss a value that ties.</param>
public sealed record ColumnProfile(
    string Name,
    ItemDataType Type,
    long Rows,
    long NullCount,
    long DistinctEstimate,
    string? Min,
    string? Max,
    double? Mean,
    IReadOnlyList<ValueCount> Top);
