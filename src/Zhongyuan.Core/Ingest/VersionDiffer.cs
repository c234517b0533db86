namespace Zhongyuan.Ingest;

/// <summary>Compares two dataset versions row by row in DuckDB.</summary>
public static class VersionDiffer
{
    /// <summary>
    /// Rows inserted, updated and deleted from <paramref name="olderFile"/> to <paramref name="newerFile"/>,
    /// matched by the key columns; without a key, rows are matched by all their values, so a change counts
    /// as one deletion and one insertion.
    /// </summary>
    public static (long Inserted, long Updated, long Deleted) Diff(string olderFile, string newerFile, IReadOnlyList<IngestColumn> columns)
    {
        using var duck = DataPlane.OpenReader();
        var keys = columns.Where(c => c.IsKey).ToList();
        var matchOn = keys.Count > 0 ? keys : columns;
        var match = string.Join(" AND ", matchOn.Select(k => $"n.{IngestColumn.Quote(k.Name)} IS NOT DISTINCT FROM o.{IngestColumn.Quote(k.Name)}"));
        var differs = keys.Count > 0
            ? string.Join(" OR ", columns.Select(c => $"n.{IngestColumn.Quote(c.Name)} IS DISTINCT FROM o.{IngestColumn.Quote(c.Name)}"))
            : "false";
        var o = $"read_parquet({DataPlane.Literal(olderFile)})";
        var n = $"read_parquet({DataPlane.Literal(newerFile)})";
        return (
            LoadPipeline.Scalar<long>(duck, $"SELECT count(*) FROM {n} n WHERE NOT EXISTS (SELECT 1 FROM {o} o WHERE {match})"),
            LoadPipeline.Scalar<long>(duck, $"SELECT count(*) FROM {n} n JOIN {o} o ON {match} WHERE {differs}"),
            LoadPipeline.Scalar<long>(duck, $"SELECT count(*) FROM {o} o WHERE NOT EXISTS (SELECT 1 FROM {n} n WHERE {match})"));
    }
}
