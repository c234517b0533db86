using DuckDB.NET.Data;
using Zhongyuan.Ingest.Binding;
using Zhongyuan.Localization;

namespace Zhongyuan.Ingest;

public sealed partial class LoadPipeline
{
    /// <summary>
    /// Writes the reject report — one CSV line per rejected value: record number, column, reason code,
    /// reason, original text — to <c>rejects/&lt;job&gt;.csv</c> (kept for failed loads too, so the provider can
    /// fix the file), and summarises the binding and the reasons.
    /// </summary>
    private LoadReport WriteRejects(DuckDBConnection duck, LoadRequest request, ColumnBinding binding, long rejected)
    {
        string? relative = null;
        var reasons = new Dictionary<string, long>(StringComparer.Ordinal);
        if (rejected > 0)
        {
            var path = Path.Combine(Directory.CreateDirectory(Path.Combine(plane.Root, "rejects")).FullName, request.JobId + ".csv");
            var rows = RejectRowsSql(duck);
            Execute(duck, $"COPY ({rows}) TO {DataPlane.Literal(path)} (HEADER, DELIMITER ',')");
            relative = plane.Relative(path);
            using var command = duck.CreateCommand();
            command.CommandText = $"SELECT reason, count(*) FROM ({rows}) GROUP BY reason";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                reasons[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        return new LoadReport(
            binding.Bound.ToDictionary(b => b.Item.Name, b => b.SourceColumn, StringComparer.Ordinal),
            binding.UnknownColumns, [.. binding.MissingItems.Select(i => i.Name)], relative, reasons);
    }

    /// <summary>
    /// Conversion rejects plus, for CSV, the records DuckDB could not parse (ragged rows, bad quotes), each numbered by
    /// its record in the file (1-based, header excluded). A conversion reject knows its place among the records DuckDB
    /// parsed (<c>_zy_src_row</c>); the unparsed records before it are added back: the j-th unparsed record r_j had
    /// b_j = r_j − j parsed records before it, so parsed record k is record k + #{j : b_j &lt; k}. DuckDB gives an
    /// unparsed record's line in the file; with a one-line header its record is line − 1 (a quoted line break earlier in
    /// the file makes that a line, not a record, number).
    /// </summary>
    private static string RejectRowsSql(DuckDBConnection duck)
    {
        if (!TableExists(duck, "reject_errors"))
        {
            return "SELECT _zy_src_row AS row, item AS \"column\", reason, original FROM rejects";
        }
        // b_j = r_j − j never decreases, so #{j : b_j < k} is the largest j with b_j < k: one as-of join, not a count per reject.
        const string steps = "(SELECT parsed_before, max(j) AS j FROM (SELECT line - 1 - row_number() OVER (ORDER BY line) AS parsed_before, " +
            "row_number() OVER (ORDER BY line) AS j FROM (SELECT DISTINCT line FROM reject_errors)) GROUP BY parsed_before)";
        return $"SELECT * FROM (SELECT r._zy_src_row + coalesce(s.j, 0) AS row, r.item AS \"column\", r.reason, r.original " +
            $"FROM rejects AS r ASOF LEFT JOIN {steps} AS s ON r._zy_src_row > s.parsed_before " +
            "UNION ALL SELECT line - 1 AS row, column_name AS \"column\", replace(lower(CAST(error_type AS VARCHAR)), ' ', '_') AS reason, csv_line AS original FROM reject_errors) " +
            "ORDER BY row, \"column\"";
    }

    private static bool TableExists(DuckDBConnection duck, string name)
    {
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT count(*) FROM duckdb_tables() WHERE table_name = $name";
        command.Parameters.Add(new DuckDBParameter("name", name));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static LocalizedText BindingFailure(ColumnBinding binding) => new(
        "文件的列与信息项对应不上：" + string.Join("；", binding.Errors.Select(e => e.Message.Zh)),
        "The file's columns do not match the information items: " + string.Join("; ", binding.Errors.Select(e => e.Message.En)));
}
