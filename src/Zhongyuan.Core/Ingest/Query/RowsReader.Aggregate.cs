using DuckDB.NET.Data;

namespace Zhongyuan.Ingest.Query;

public static partial class RowsReader
{
    /// <summary>
    /// Groups the matching rows of a view by a column and aggregates each group (count, or sum/avg of a numeric column),
    /// returning the <see cref="AggregateRequest.Limit"/> groups with the largest aggregate, and whether more exist.
    /// </summary>
    /// <exception cref="QueryException">An unknown column, a non-numeric value column for sum/avg, an invalid filter or limit.</exception>
    public static (IReadOnlyList<AggregateGroup> Groups, bool More) Aggregate(DuckDBConnection connection, RowsView view, AggregateRequest request)
    {
        var groups = new List<AggregateGroup>();
        using var command = QueryCommand.Create(connection, RowsQueryBuilder.Aggregate(view, request));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (groups.Count == request.Limit)
            {
                return (groups, true);
            }

            groups.Add(new AggregateGroup(ColumnValues.Normalise(reader.GetValue(0)), reader.IsDBNull(1) ? null : reader.GetDouble(1), reader.GetInt64(2)));
        }

        return (groups, false);
    }
}
