using Zhongyuan.Ingest.Binding;

namespace Zhongyuan.Ingest.Conversion;

/// <summary>
/// Generates the DuckDB SQL that converts a staging table (every source column VARCHAR, named as in the
/// source, plus <see cref="SourceRow"/>) to the item types, and the SQL that lists the values that do not
/// convert. All work happens inside DuckDB, vectorised; identifiers are quoted and text is written as
/// escaped literals, so no user text reaches the SQL unescaped.
/// </summary>
/// <remarks>
/// A value is first cleaned (full-width folded, zero-width characters removed, trimmed); a cleaned value
/// in <see cref="NullMarkers"/> is NULL and never rejected. Any other value that does not convert, or
/// converts outside its item's limits, is a reject: NULL in <see cref="SelectConverted"/>, a row in
/// <see cref="SelectRejects"/>, and it excludes its row from <see cref="SelectAccepted"/>.
/// </remarks>
public static class ConversionSql
{
    /// <summary>The staging column holding each record's 1-based number in the source (header excluded).</summary>
    public const string SourceRow = "_zy_src_row";

    /// <summary>Cleaned values that mean "no value": they load as NULL without a reject.</summary>
    public static IReadOnlyList<string> NullMarkers => ValueCleaning.NullMarkers;

    /// <summary>
    /// <c>SELECT _zy_src_row, &lt;item&gt;, …</c> over every staging row, one column per entry of
    /// <paramref name="columns"/> in that order, named by the item and typed as
    /// <see cref="IngestColumn.DuckDbType"/>; NULL for items without a source column and for rejected values.
    /// </summary>
    /// <param name="stagingTable">The staging table's name (one identifier; quoted here).</param>
    /// <param name="binding">The binding of source columns to items.</param>
    /// <param name="columns">The target columns; matched to <paramref name="binding"/> by item name.</param>
    public static string SelectConverted(string stagingTable, ColumnBinding binding, IReadOnlyList<IngestColumn> columns) =>
        Converted(stagingTable, Plan(binding, columns), acceptedOnly: false);

    /// <summary>
    /// As <see cref="SelectConverted"/>, but only the rows in which no value is rejected. It converts every
    /// value twice (once to filter); when the rejects are needed anyway, materialising
    /// <see cref="SelectConverted"/> and <see cref="SelectRejects"/> and anti-joining on
    /// <see cref="SourceRow"/> is cheaper.
    /// </summary>
    public static string SelectAccepted(string stagingTable, ColumnBinding binding, IReadOnlyList<IngestColumn> columns) =>
        Converted(stagingTable, Plan(binding, columns), acceptedOnly: true);

    /// <summary>
    /// One row per rejected value, ordered by source row then column:
    /// <c>_zy_src_row BIGINT, item VARCHAR, source_column VARCHAR, reason VARCHAR, original VARCHAR</c>, where
    /// <c>reason</c> is a <see cref="RejectReason"/> code and <c>original</c> the staged text unchanged.
    /// </summary>
    /// <param name="stagingTable">The staging table's name (one identifier; quoted here).</param>
    /// <param name="binding">The binding of source columns to items.</param>
    /// <param name="columns">The target columns; matched to <paramref name="binding"/> by item name.</param>
    public static string SelectRejects(string stagingTable, ColumnBinding binding, IReadOnlyList<IngestColumn> columns)
    {
        var bound = Plan(binding, columns).Where(p => p.Source is not null).ToList();
        if (bound.Count == 0)
        {
            return $"SELECT CAST(NULL AS BIGINT) AS {SourceRow}, CAST(NULL AS VARCHAR) AS item, CAST(NULL AS VARCHAR) AS source_column, " +
                "CAST(NULL AS VARCHAR) AS reason, CAST(NULL AS VARCHAR) AS original WHERE false";
        }
        // One scan: each row gets the list of its failures, unnested. A WHERE on the failures would be pushed
        // into the scan with the conversion inlined, computing every value twice.
        var failures = string.Join(", ", bound.Select((p, k) => RejectStruct(p, k)));
        var unnested = $"SELECT {SourceRow}, UNNEST(list_filter([{failures}], x -> x IS NOT NULL)) AS r FROM {Parsed(IngestColumn.Quote(stagingTable), bound)}";
        return $"SELECT {SourceRow}, r.item AS item, r.source_column AS source_column, r.reason AS reason, r.original AS original " +
            $"FROM ({unnested}) AS u ORDER BY {SourceRow}, r.k";
    }

    /// <summary>The column of <see cref="SelectConvertedWithFailures"/> that lists a row's rejected values (NULL when none).</summary>
    public const string Failures = "_zy_failures";

    private const string FailureList = "STRUCT(k INTEGER, item VARCHAR, source_column VARCHAR, reason VARCHAR, original VARCHAR)[]";

    /// <summary>
    /// <see cref="SelectConverted"/> plus the column <see cref="Failures"/>: the list of the row's rejected values
    /// (<c>k, item, source_column, reason, original</c>; NULL when the row is accepted). Converting and
    /// checking in the same scan parses every value once; materialise it, then take the rejects with
    /// <see cref="RejectsFrom"/> and the accepted rows with <c>_zy_failures IS NULL</c>.
    /// </summary>
    /// <param name="stagingTable">The staging table's name (one identifier; quoted here).</param>
    /// <param name="binding">The binding of source columns to items.</param>
    /// <param name="columns">The target columns; matched to <paramref name="binding"/> by item name.</param>
    /// <param name="rules">
    /// Per item name, the functions that standardise its converted value and check the standardised value (a
    /// failure code rejects the row like a conversion failure, with that code as the reason); none when null.
    /// </param>
    public static string SelectConvertedWithFailures(string stagingTable, ColumnBinding binding, IReadOnlyList<IngestColumn> columns,
        IReadOnlyDictionary<string, ColumnRuleFunctions>? rules = null) =>
        ConvertedWithFailures(IngestColumn.Quote(stagingTable), SourceRow + ", ", binding, columns, rules);

    /// <summary>
    /// As <see cref="SelectConvertedWithFailures"/>, but over any relation whose columns are the source columns
    /// (a table function such as <c>read_csv(…)</c>, so the source is converted as it is read, without a staging
    /// table) and without <see cref="SourceRow"/>. Written in source order to a Parquet file, each row's file row
    /// number numbers it: read the file back with <see cref="RejectsFromFile"/> and <see cref="AcceptedFromFile"/>.
    /// </summary>
    /// <param name="relation">The source relation: generated SQL (a quoted identifier or a table function), never user text.</param>
    /// <param name="binding">The binding of source columns to items.</param>
    /// <param name="columns">The target columns; matched to <paramref name="binding"/> by item name.</param>
    /// <param name="rules">As for <see cref="SelectConvertedWithFailures"/>.</param>
    public static string SelectConvertedWithFailuresFrom(string relation, ColumnBinding binding, IReadOnlyList<IngestColumn> columns,
        IReadOnlyDictionary<string, ColumnRuleFunctions>? rules = null) =>
        ConvertedWithFailures(relation, "", binding, columns, rules);

    // lead is what every level carries before its columns: "_zy_src_row, " or nothing.
    private static string ConvertedWithFailures(string relation, string lead, ColumnBinding binding, IReadOnlyList<IngestColumn> columns,
        IReadOnlyDictionary<string, ColumnRuleFunctions>? rules)
    {
        var plans = Plan(binding, columns);
        var bound = plans.Where(p => p.Source is not null).ToList();
        var outputs = string.Join(", ", plans.Select(p => $"{(p.Source is null ? p.NullValue : p.ConvertedValue)} AS {IngestColumn.Quote(p.Column.Name)}"));
        // The list is built only for rows with a failure (CASE evaluates its branch on those rows alone): NULL otherwise.
        var failures = bound.Count == 0
            ? $"CAST(NULL AS {FailureList})"
            : $"CASE WHEN {string.Join(" OR ", bound.Select(p => $"({p.Fails})"))} THEN list_filter([{string.Join(", ", bound.Select((p, k) => RejectStruct(p, k)))}], x -> x IS NOT NULL) END";
        var governed = rules is null ? [] : bound.Where(p => rules.ContainsKey(p.Column.Name)).ToList();
        if (governed.Count == 0)
        {
            return $"SELECT {lead}{outputs}, {failures} AS {Failures} FROM {Parsed(relation, bound, lead)}";
        }
        // A text value that cleaning leaves as it is, is the raw value: the row match that decides cleaning can also
        // decide whether its standardisers' patterns may match, so clean rows skip those searches (1.5 s of 18 at 10M).
        var gated = governed.Where(p => p.Column.Type == Catalog.ItemDataType.Text && rules![p.Column.Name].StandardizeWhen?.MayChange is not null).ToList();
        var carry = gated.Count == 0 ? "" : "_zy_dirty, ";
        var parsed = Parsed(relation, bound, lead, carry, gated.Select(p => rules![p.Column.Name].StandardizeWhen!.MayChange!));
        return Governed($"SELECT {lead}{carry}{outputs}{string.Concat(governed.Select(p => $", {p.Original}"))}, {failures} AS {Failures} FROM {parsed}",
            plans, governed, rules!, lead, gated);
    }

    /// <summary>
    /// Two more levels over the converted rows: standardise the governed columns (each function called once per
    /// value, so its change counts are exact), then check them and append the failures to the row's list.
    /// </summary>
    private static string Governed(string converted, List<ColumnPlan> plans, List<ColumnPlan> governed, IReadOnlyDictionary<string, ColumnRuleFunctions> rules, string lead,
        List<ColumnPlan> gated)
    {
        string Name(ColumnPlan p) => IngestColumn.Quote(p.Column.Name);
        string Checked(ColumnPlan p) => "e" + p.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var standardized = string.Join(", ", plans.Select(p => rules.TryGetValue(p.Column.Name, out var f) && f.Standardize is not null && governed.Contains(p)
            ? (f.StandardizeWhen is { } when
                ? $"CASE WHEN {when.Sql(Name(p), gated.Contains(p) ? "_zy_dirty" : null)} THEN {f.Standardize}({Name(p)}) ELSE {Name(p)} END AS {Name(p)}"
                : $"{f.Standardize}({Name(p)}) AS {Name(p)}")
            : Name(p)));
        var originals = string.Concat(governed.Select(p => $", {p.Original}"));
        var checkedColumns = governed.Where(p => rules[p.Column.Name].Check is not null).ToList();
        var checks = string.Concat(checkedColumns.Select(p => $", {rules[p.Column.Name].Check}({Name(p)}) AS {Checked(p)}"));
        var names = string.Join(", ", plans.Select(Name));
        var stepOne = $"SELECT {lead}{standardized}{originals}, {Failures} FROM ({converted}) AS v";
        var stepTwo = $"SELECT {lead}{names}{originals}{checks}, {Failures} FROM ({stepOne}) AS s";
        if (checkedColumns.Count == 0)
        {
            return $"SELECT {lead}{names}, {Failures} FROM ({stepTwo}) AS g";
        }
        var ruleFailures = string.Join(", ", checkedColumns.Select((p, k) =>
            $"CASE WHEN {Checked(p)} IS NOT NULL THEN {{'k': {(1000 + k).ToString(System.Globalization.CultureInfo.InvariantCulture)}, " +
            $"'item': {SqlLiteral.Of(p.Column.Name)}, 'source_column': {SqlLiteral.Of(p.Source!)}, 'reason': {Checked(p)}, 'original': {p.Original}}} END"));
        var anyRule = string.Join(" OR ", checkedColumns.Select(p => $"{Checked(p)} IS NOT NULL"));
        return $"SELECT {lead}{names}, CASE WHEN {anyRule} THEN list_concat(coalesce({Failures}, []), list_filter([{ruleFailures}], x -> x IS NOT NULL)) " +
            $"ELSE {Failures} END AS {Failures} FROM ({stepTwo}) AS g";
    }

    /// <summary>
    /// The rejects, shaped as <see cref="SelectRejects"/>, of <see cref="SelectConvertedWithFailuresFrom"/> written
    /// in order to the Parquet file <paramref name="parquetPath"/>: a row's number is its file row number plus one.
    /// Only the failures column is read.
    /// </summary>
    public static string RejectsFromFile(string parquetPath) =>
        Rejects($"(SELECT file_row_number + 1 AS {SourceRow}, {Failures} FROM read_parquet({SqlLiteral.Of(parquetPath)}, file_row_number = true))");

    /// <summary>
    /// The accepted rows, numbered by <see cref="SourceRow"/>, of <see cref="SelectConvertedWithFailuresFrom"/> written
    /// in order to the Parquet file <paramref name="parquetPath"/>.
    /// </summary>
    public static string AcceptedFromFile(string parquetPath) =>
        $"SELECT file_row_number + 1 AS {SourceRow}, * EXCLUDE ({Failures}, file_row_number) " +
        $"FROM read_parquet({SqlLiteral.Of(parquetPath)}, file_row_number = true) WHERE {Failures} IS NULL";

    /// <summary>The rejects, shaped as <see cref="SelectRejects"/>, of a materialised <see cref="SelectConvertedWithFailures"/>.</summary>
    public static string RejectsFrom(string convertedTable) => Rejects(IngestColumn.Quote(convertedTable));

    // The failures of a relation with SourceRow and Failures, one row per rejected value.
    private static string Rejects(string relation) =>
        $"SELECT {SourceRow}, r.item AS item, r.source_column AS source_column, r.reason AS reason, r.original AS original " +
        $"FROM (SELECT {SourceRow}, UNNEST({Failures}) AS r FROM {relation} AS f WHERE {Failures} IS NOT NULL) AS u ORDER BY {SourceRow}, r.k";

    private static List<ColumnPlan> Plan(ColumnBinding binding, IReadOnlyList<IngestColumn> columns) =>
        columns.Select((column, i) =>
        {
            var bound = binding.Bound.FirstOrDefault(b => string.Equals(b.Item.Name, column.Name, StringComparison.Ordinal));
            return new ColumnPlan(i, column, bound?.SourceColumn, ConversionRules.For(column.Type, bound?.Item.Length));
        }).ToList();

    private static string Converted(string stagingTable, List<ColumnPlan> plans, bool acceptedOnly)
    {
        var bound = plans.Where(p => p.Source is not null).ToList();
        var outputs = string.Concat(plans.Select(p => $", {(p.Source is null ? p.NullValue : p.ConvertedValue)} AS {IngestColumn.Quote(p.Column.Name)}"));
        if (!acceptedOnly || bound.Count == 0)
        {
            return $"SELECT {SourceRow}{outputs} FROM {Parsed(IngestColumn.Quote(stagingTable), bound)}";
        }
        // DuckDB pushes this filter into the scan with the conversions inlined, so each value is converted
        // twice; a MATERIALIZED CTE avoids that but holds the whole result in memory, which a load must not.
        var ok = string.Join(" AND ", bound.Select(p => $"NOT ({p.Fails})"));
        var names = string.Concat(plans.Select(p => ", " + IngestColumn.Quote(p.Column.Name)));
        return $"WITH converted AS (SELECT {SourceRow}{outputs}, {ok} AS _zy_ok FROM {Parsed(IngestColumn.Quote(stagingTable), bound)}) " +
            $"SELECT {SourceRow}{names} FROM converted WHERE _zy_ok";
    }

    private static string RejectStruct(ColumnPlan plan, int ordinal) =>
        $"CASE WHEN {plan.Fails} THEN {{'k': {ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)}, " +
        $"'item': {SqlLiteral.Of(plan.Column.Name)}, 'source_column': {SqlLiteral.Of(plan.Source!)}, " +
        $"'reason': {plan.Reason}, 'original': {plan.Original}}} END";

    // Three nested selects so that each cleaned and parsed value is computed once however often the
    // outer expressions refer to it: raw text → cleaned text (NULL markers applied) → parsed value.
    // carry ("_zy_dirty, " or nothing) keeps the row match for the levels above; alsoFor are the patterns it also looks
    // for (see ValueCleaning.IsDirty).
    private static string Parsed(string relation, IReadOnlyList<ColumnPlan> plans, string lead = SourceRow + ", ", string carry = "", IEnumerable<string>? alsoFor = null)
    {
        // Cleaning is needed in few rows: one match over the whole row decides whether its values are cleaned at all.
        var read = plans.Count == 0 ? Select(lead, [], relation)
            : Select(lead, plans.Select(p => $"{IngestColumn.Quote(p.Source!)} AS {p.Original}")
                .Append($"{ValueCleaning.IsDirty(plans.Select(p => IngestColumn.Quote(p.Source!)), alsoFor)} AS _zy_dirty"), relation);
        var trimmed = Select(lead + carry, plans.Select(p => $"{p.Original}, CASE WHEN _zy_dirty THEN {p.CleanedOf(p.Original)} ELSE {p.Original} END AS {p.Trimmed}"), $"({read}) AS r");
        var cleaned = Select(lead + carry, plans.Select(p => $"{p.Original}, {ValueCleaning.NullIfMarker(p.Trimmed)} AS {p.Cleaned}"), $"({trimmed}) AS t");
        var parsed = Select(lead + carry, plans.Select(p => $"{p.Original}, {p.Cleaned}, {p.Rule.Parse(p.Cleaned)} AS {p.Parsed}"), $"({cleaned}) AS c");
        return $"({parsed}) AS p";
    }

    // A level with no column of its own still selects something, so that the SQL stays valid.
    private static string Select(string lead, IEnumerable<string> columns, string from)
    {
        var list = string.Join(", ", columns);
        return $"SELECT {(list.Length == 0 ? lead.TrimEnd(' ', ',') is { Length: > 0 } l ? l : "true AS _zy_any" : lead + list)} FROM {from}";
    }
}
