using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Query;

internal sealed partial class RowsQueryBuilder
{
    /// <summary>
    /// Groups by a column with the row count and the aggregate (as DOUBLE), largest aggregate first (ties by category),
    /// <c>limit + 1</c> groups to tell whether more exist. The function comes from a fixed list; columns are validated.
    /// </summary>
    public static BuiltQuery Aggregate(RowsView view, AggregateRequest request)
    {
        if (request.Limit is < 1 or > AggregateRequest.MaxLimit)
        {
            throw QueryException.Of("limit", "limit_out_of_range", $"limit 应在 1 到 {AggregateRequest.MaxLimit} 之间",
                $"limit must be between 1 and {AggregateRequest.MaxLimit}");
        }

        var b = new RowsQueryBuilder(view);
        var category = b.Column(request.Category, "category");
        var g = IngestColumn.Quote(category.Name);
        var value = request.Function == AggregateFunction.Count ? "CAST(count(*) AS DOUBLE)" : b.NumericAggregate(request);
        var sql = $"SELECT {g}, {value} AS v, count(*) AS n FROM {b._source}{b.Where(request.Filter, null)} GROUP BY {g} "
            + $"ORDER BY v DESC NULLS LAST, {g} NULLS LAST LIMIT {b.Parameter((long)request.Limit + 1)}";
        return new BuiltQuery(sql, b._parameters, [category], []) { Setup = b._setup };
    }

    private string NumericAggregate(AggregateRequest request)
    {
        if (request.Value is null)
        {
            throw QueryException.Of("value", "value_required", "求和或平均需要指定数值列", "sum and avg need a value column");
        }

        var column = Column(request.Value, "value");
        if (column.Type is not (ItemDataType.Integer or ItemDataType.Decimal))
        {
            // A masked item is text in a grant's view, so it is refused here too: masked values are never summed.
            throw QueryException.Of("value", "value_not_numeric", $"“{column.Name}”不是数值列，不能求和或平均",
                $"\"{column.Name}\" is not a numeric column, so it cannot be summed or averaged");
        }

        var function = request.Function == AggregateFunction.Sum ? "sum" : "avg";
        return $"CAST({function}({IngestColumn.Quote(column.Name)}) AS DOUBLE)";
    }
}
