using DuckDB.NET.Data;

namespace Zhongyuan.Ingest;

public sealed partial class LoadPipeline
{
    /// <summary>The optional source column that marks a row of an incremental load as a deletion.</summary>
    public static readonly IReadOnlyList<string> OperationColumns = ["_op", "操作类型"];

    private static readonly string[] DeleteMarks = ["d", "delete", "del", "删除"];

    /// <summary>
    /// Incremental load: rows are matched with the current version by the key items. A new key is an
    /// insert; a known key with different values an update; a row marked for deletion (column <c>_op</c>
    /// or <c>操作类型</c> = <c>D</c>/<c>delete</c>/<c>删除</c>) a delete. Within the file the last row of a key
    /// wins. The new version is the whole merged table; the change set is kept for subscribers.
    /// </summary>
    private async Task<ChangeCounts> MergeAsync(DuckDBConnection duck, LoadRequest request, StagedSource source, IReadOnlyList<IngestColumn> columns,
        string staging, string output, CancellationToken ct)
    {
        var keys = columns.Where(c => c.IsKey).ToList();
        if (keys.Count == 0)
        {
            throw new LoadFailedException("增量加载需要主键：请在目录中把至少一个信息项标为主键", "An incremental load needs a key: mark at least one information item as key in the catalog");
        }
        var current = await store.FindVersionAsync(request.Resource.Code, null, ct).ConfigureAwait(false);
        var previous = current is null
            ? $"SELECT CAST(NULL AS BIGINT) AS {IngestColumn.RowId}, {string.Join(", ", columns.Select(c => $"CAST(NULL AS {IngestColumn.DuckDbType(c.Type)}) AS {IngestColumn.Quote(c.Name)}"))} WHERE false"
            : $"SELECT {IngestColumn.RowId}, {ColumnList(columns)} FROM {DataPlane.VersionRelation(plane.Full(current.File))}";
        Execute(duck, "CREATE TABLE previous AS " + previous);
        // The operation column is not an item: it is read from the source again, matched by record number.
        var operation = OperationColumns.FirstOrDefault(name => source.Columns.Contains(name, StringComparer.Ordinal));
        var from = operation is null ? "accepted a" : $"accepted a JOIN {source.Numbered} s ON s._zy_src_row = a._zy_src_row";
        Execute(duck, $"CREATE TABLE incoming AS SELECT * EXCLUDE (_zy_rank) FROM (SELECT a.*, {OperationSql(operation)} AS _zy_delete, " +
            $"row_number() OVER (PARTITION BY {KeyList(keys, "a")} ORDER BY a._zy_src_row DESC) AS _zy_rank " +
            $"FROM {from}) WHERE _zy_rank = 1");
        var match = string.Join(" AND ", keys.Select(k => $"i.{IngestColumn.Quote(k.Name)} IS NOT DISTINCT FROM p.{IngestColumn.Quote(k.Name)}"));
        var differs = string.Join(" OR ", columns.Select(c => $"i.{IngestColumn.Quote(c.Name)} IS DISTINCT FROM p.{IngestColumn.Quote(c.Name)}"));
        var list = ColumnList(columns);
        var iList = string.Join(", ", columns.Select(c => "i." + IngestColumn.Quote(c.Name)));
        var pList = string.Join(", ", columns.Select(c => "p." + IngestColumn.Quote(c.Name)));
        Execute(duck, "CREATE TABLE changes AS " +
            $"SELECT 'insert' AS _zy_change, {iList} FROM incoming i WHERE NOT i._zy_delete AND NOT EXISTS (SELECT 1 FROM previous p WHERE {match}) " +
            $"UNION ALL SELECT 'update', {iList} FROM incoming i JOIN previous p ON {match} WHERE NOT i._zy_delete AND ({differs}) " +
            $"UNION ALL SELECT 'delete', {pList} FROM incoming i JOIN previous p ON {match} WHERE i._zy_delete");
        WriteVersion(duck, columns,
            $"SELECT {pList}, p.{IngestColumn.RowId} AS _zy_order FROM previous p WHERE NOT EXISTS (SELECT 1 FROM incoming i WHERE {match}) " +
            $"UNION ALL SELECT {iList}, (SELECT count(*) FROM previous) + i._zy_src_row FROM incoming i WHERE NOT i._zy_delete", output);
        var changesPath = Path.Combine(staging, "changes.parquet");
        Execute(duck, $"COPY changes TO {DataPlane.Literal(changesPath)} (FORMAT PARQUET, COMPRESSION ZSTD)");
        return new ChangeCounts(
            Scalar<long>(duck, $"SELECT count(*) FROM read_parquet({DataPlane.Literal(output)})"),
            Scalar<long>(duck, "SELECT count(*) FROM changes WHERE _zy_change = 'insert'"),
            Scalar<long>(duck, "SELECT count(*) FROM changes WHERE _zy_change = 'update'"),
            Scalar<long>(duck, "SELECT count(*) FROM changes WHERE _zy_change = 'delete'"),
            changesPath);
    }

    private static string KeyList(IReadOnlyList<IngestColumn> keys, string alias) =>
        string.Join(", ", keys.Select(k => alias + "." + IngestColumn.Quote(k.Name)));

    private static string OperationSql(string? column)
    {
        if (column is null)
        {
            return "false";
        }
        var marks = string.Join(", ", DeleteMarks.Select(DataPlane.Literal));
        return $"coalesce(lower(trim(s.{IngestColumn.Quote(column)})) IN ({marks}), false)";
    }
}
