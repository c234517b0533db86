using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The preview table's sort and filter as the query string gives them: <c>sort</c> (a column) and <c>dir=desc</c>;
/// <c>col</c>, <c>op</c> and <c>val</c> for one condition. The condition is written in the rows API's filter syntax
/// (names and values quoted) and parsed by <see cref="FilterParser"/>, so the preview, the downloads and the API
/// examples share one meaning and no user text ever reaches SQL.
/// </summary>
internal sealed record PreviewRequest(string? SortColumn, bool Descending, string? Column, string Op, string? Value)
{
    /// <summary>The operators of the filter form, with their labels.</summary>
    public static readonly (string Key, string Zh, string En)[] Operators =
    [
        ("contains", "包含", "contains"), ("eq", "等于", "equals"), ("ne", "不等于", "not equal to"),
        ("ge", "大于等于", "at least"), ("le", "小于等于", "at most"),
    ];

    public static PreviewRequest From(IQueryCollection query)
    {
        var op = query["op"].ToString();
        return new PreviewRequest(Blank(query["sort"]), string.Equals(query["dir"], "desc", StringComparison.Ordinal), Blank(query["col"]),
            Operators.Any(o => o.Key == op) ? op : "contains", Blank(query["val"]));
    }

    /// <summary>Whether a condition was given.</summary>
    public bool HasFilter => Column is not null && Value is not null;

    /// <summary>The condition in filter syntax; null without one.</summary>
    public string? FilterText(IReadOnlyList<IngestColumn> columns)
    {
        if (!HasFilter)
        {
            return null;
        }
        var name = "\"" + Column!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var numeric = columns.FirstOrDefault(c => c.Name == Column)?.Type is ItemDataType.Integer or ItemDataType.Decimal
            && decimal.TryParse(Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
        var literal = numeric ? Value! : Quote(Value!);
        return Op switch
        {
            "eq" => $"{name} = {literal}",
            "ne" => $"{name} != {literal}",
            "ge" => $"{name} >= {literal}",
            "le" => $"{name} <= {literal}",
            _ => $"{name} like {Quote("%" + EscapeLike(Value!) + "%")}",
        };
    }

    /// <summary>The sort in the rows API's <c>sort</c> syntax; null without one.</summary>
    public string? SortText => SortColumn is null ? null : "\"" + SortColumn.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (Descending ? " desc" : "");

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static string? Blank(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrWhiteSpace(value.ToString()) ? null : value.ToString().Trim();
}
