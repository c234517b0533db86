using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Query;

internal sealed partial class RowsQueryBuilder
{
    private const int MaxSortKeys = 10;

    private static void CheckPaging(RowsRequest request)
    {
        CheckLimit(request.Limit);
        if (request.Offset is < 0)
        {
            throw QueryException.Of("offset", "offset_out_of_range", "offset 不能为负数", "offset must not be negative");
        }

        if (request.Offset is not null && request.After is not null)
        {
            throw QueryException.Of("offset", "offset_with_cursor", "offset 与 after 游标不能同时使用", "offset and the after cursor cannot be combined");
        }
    }

    private static void CheckLimit(int limit)
    {
        if (limit is < 1 or > RowsRequest.MaxLimit)
        {
            throw QueryException.Of(
                "limit", "limit_out_of_range", $"limit 应在 1 到 {RowsRequest.MaxLimit} 之间", $"limit must be between 1 and {RowsRequest.MaxLimit}");
        }
    }

    private IngestColumn Column(string name, string field)
    {
        if (_byName.TryGetValue(name, out var column))
        {
            return column;
        }

        var available = string.Join("、", _visible.Select(c => c.Name));
        throw QueryException.Of(
            field,
            "unknown_column",
            $"没有名为“{name}”的列；可用的列：{available}",
            $"There is no column named \"{name}\"; available columns: {string.Join(", ", _visible.Select(c => c.Name))}");
    }

    private List<IngestColumn> Select(IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0)
        {
            return [.. _visible];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. names.Where(seen.Add).Select(n => Column(n, "select"))];
    }

    private List<(IngestColumn Column, bool Descending)> Sort(IReadOnlyList<SortKey>? keys)
    {
        if (keys is null || keys.Count == 0)
        {
            return [];
        }

        if (keys.Count > MaxSortKeys || keys.DistinctBy(k => k.Column, StringComparer.Ordinal).Count() != keys.Count)
        {
            throw QueryException.Of(
                "sort", "sort_invalid", $"排序列最多 {MaxSortKeys} 个且不能重复", $"Sort by at most {MaxSortKeys} columns, each once");
        }

        return [.. keys.Select(k => (SortableColumn(k.Column), k.Descending))];
    }

    private IngestColumn SortableColumn(string name)
    {
        var column = Column(name, "sort");
        return column.Type != ItemDataType.Binary
            ? column
            : throw QueryException.Of("sort", "sort_binary", $"二进制列“{name}”不能排序", $"The binary column \"{name}\" cannot be sorted");
    }
}
