using System.Text;

namespace Zhongyuan.Ingest.Query;

internal sealed partial class RowsQueryBuilder
{
    /// <summary>
    /// Rows strictly after the cursor's row in the order (k1, …, kn, _zy_row), nulls counting as the largest value:
    /// (k1 after v1) or (k1 = v1 and k2 after v2) or … or (all equal and _zy_row > r).
    /// </summary>
    private string Keyset(IReadOnlyList<(IngestColumn Column, bool Descending)> sort, string cursor)
    {
        var (values, row) = KeysetCursor.Decode(cursor, sort);
        var alternatives = new List<string>();
        var equal = new StringBuilder();
        for (var i = 0; i < sort.Count; i++)
        {
            var q = IngestColumn.Quote(sort[i].Column.Name);
            var after = After(q, sort[i].Descending, values[i]);
            if (after is not null)
            {
                alternatives.Add("(" + equal + after + ")");
            }

            equal.Append(values[i] is null ? q + " IS NULL AND " : q + " = " + Parameter(values[i]!) + " AND ");
        }

        alternatives.Add("(" + equal + IngestColumn.Quote(_position.Column) + " > " + Parameter(row - _position.Offset) + ")");
        return "(" + string.Join(" OR ", alternatives) + ")";
    }

    private string? After(string quoted, bool descending, object? value) => (descending, value) switch
    {
        (false, null) => null,
        (false, _) => "(" + quoted + " > " + Parameter(value) + " OR " + quoted + " IS NULL)",
        (true, null) => quoted + " IS NOT NULL",
        (true, _) => quoted + " < " + Parameter(value),
    };
}
