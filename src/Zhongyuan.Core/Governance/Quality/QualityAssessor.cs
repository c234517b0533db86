using System.Globalization;
using DuckDB.NET.Data;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Conversion;
using Zhongyuan.Localization;

namespace Zhongyuan.Governance.Quality;

/// <summary>
/// Assesses a version inside DuckDB: one scan for the cell counts, one scan for every row-level rule (warning
/// validators and cross-field rules, as registered scalar functions), an anti-join per exists-in rule and a
/// grouped self-join for duplicate keys. The failing rows go to one Parquet file (<c>rule, code, _zy_row_id</c>,
/// sorted by rule) so they can be listed and exported later without assessing again.
/// </summary>
internal static class QualityAssessor
{
    private sealed record PendingRule(RuleOutcome Outcome, string? Sql);

    public static QualityAssessment Assess(DuckDBConnection duck, GovernanceFunctions functions, AssessmentInput input, DateTimeOffset now)
    {
        var source = DataPlane.VersionRelation(input.VersionFile);
        var names = input.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var (rows, filled) = FromProfile(input) ?? CountCells(duck, source, input.Columns);
        var rules = new List<PendingRule>();
        var rowChecks = new List<(int Index, string Expression)>();
        AddValueRules(input, functions, names, rules, rowChecks);
        AddCrossRules(input, names, rules, rowChecks, source);
        AddKeyRule(input, rules, source);
        var queries = rules.Where(r => r.Sql is not null).Select(r => r.Sql!).ToList();
        if (rowChecks.Count > 0)
        {
            queries.Insert(0, RowChecks(source, rowChecks));
        }
        var counts = WriteFailures(duck, queries, input.FailuresFile);
        var outcomes = rules.Select(r => r.Outcome with { FailedRows = counts.PerRule.GetValueOrDefault(r.Outcome.Index) }).ToList();
        var validityRules = outcomes.Where(o => o.Dimension == QualityDimension.Validity).Select(o => o.Index).ToList();
        var consistencyRules = outcomes.Where(o => o.Dimension == QualityDimension.Consistency && o.Available).Select(o => o.Index).ToList();
        var cells = rows * input.Columns.Count;
        var scores = new QualityScores(
            Completeness: QualityScores.Score(cells - filled.Values.Sum(), cells),
            Validity: QualityScores.Score(input.RowsRejected + DistinctRows(duck, counts.File, validityRules), rows + input.RowsRejected),
            Uniqueness: input.Columns.Any(c => c.IsKey) ? QualityScores.Score(counts.PerRule.GetValueOrDefault(KeyRuleIndex(outcomes)), rows) : null,
            Consistency: consistencyRules.Count > 0 ? QualityScores.Score(DistinctRows(duck, counts.File, consistencyRules), rows) : null,
            Timeliness: null);
        return new QualityAssessment
        {
            ResourceCode = input.ResourceCode, Version = input.Version, AssessedAt = now, Rows = rows, RowsRejected = input.RowsRejected,
            Scores = scores, Rules = outcomes, Standardized = input.Standardized, FailuresFile = counts.File,
            ItemCompleteness = filled.ToDictionary(p => p.Key, p => rows == 0 ? 0 : Math.Round(100.0 * p.Value / rows, 1), StringComparer.Ordinal),
        };
    }

    private static int KeyRuleIndex(List<RuleOutcome> outcomes) => outcomes.FirstOrDefault(o => o.Dimension == QualityDimension.Uniqueness)?.Index ?? -1;

    /// <summary>Rows and non-null cells per column from the load's profile, when it covers every column.</summary>
    private static (long Rows, Dictionary<string, long> Filled)? FromProfile(AssessmentInput input)
    {
        if (input.Profile is not { Count: > 0 } profile)
        {
            return null;
        }
        var byName = profile.ToDictionary(p => p.Name, StringComparer.Ordinal);
        if (!input.Columns.All(c => byName.ContainsKey(c.Name)))
        {
            return null;
        }
        return (profile[0].Rows, input.Columns.ToDictionary(c => c.Name, c => byName[c.Name].Rows - byName[c.Name].NullCount, StringComparer.Ordinal));
    }

    private static (long Rows, Dictionary<string, long> Filled) CountCells(DuckDBConnection duck, string source, IReadOnlyList<IngestColumn> columns)
    {
        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT count(*){string.Concat(columns.Select(c => $", count({IngestColumn.Quote(c.Name)})"))} FROM {source}";
        using var reader = command.ExecuteReader();
        reader.Read();
        var filled = columns.Select((c, i) => (c.Name, Count: reader.GetInt64(i + 1))).ToDictionary(p => p.Name, p => p.Count, StringComparer.Ordinal);
        return (reader.GetInt64(0), filled);
    }

    private static void AddValueRules(AssessmentInput input, GovernanceFunctions functions, HashSet<string> names, List<PendingRule> rules, List<(int, string)> rowChecks)
    {
        foreach (var item in input.Plan.Items.Where(i => names.Contains(i.Item)))
        {
            var warnings = item.ValidatorsOf(RuleSeverity.Warning);
            if (functions.CheckFunction(item.Item, RuleSeverity.Warning) is not { } function || warnings.Count == 0)
            {
                continue;
            }
            var index = rules.Count;
            var label = warnings.Count == 1 ? warnings[0].Label
                : new LocalizedText(string.Join("、", warnings.Select(w => w.Label.Zh)), string.Join(", ", warnings.Select(w => w.Label.En)));
            rules.Add(new PendingRule(new RuleOutcome(index, string.Join("+", warnings.Select(w => w.Code)), QualityDimension.Validity, [item.Item],
                new LocalizedText($"{item.Item}：{label.Zh}", $"{item.Item}: {label.En}"), 0), null));
            rowChecks.Add((index, $"{function}(CAST({IngestColumn.Quote(item.Item)} AS VARCHAR))"));
        }
    }

    private static void AddCrossRules(AssessmentInput input, HashSet<string> names, List<PendingRule> rules, List<(int, string)> rowChecks, string source)
    {
        foreach (var rule in input.Plan.CrossRules)
        {
            var index = rules.Count;
            var code = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(rule.Kind.ToString());
            var outcome = new RuleOutcome(index, code, QualityDimension.Consistency, rule.Items, GovernanceRules.Describe(rule), 0);
            if (!rule.Items.All(names.Contains))
            {
                rules.Add(new PendingRule(outcome with { Available = false }, null));
                continue;
            }
            if (rule.Kind == CrossRuleKind.ExistsIn)
            {
                var sql = ExistsIn(rule, index, input, source);
                rules.Add(new PendingRule(sql is null ? outcome with { Available = false } : outcome, sql));
                continue;
            }
            rules.Add(new PendingRule(outcome, null));
            rowChecks.Add((index, RowExpression(rule)));
        }
    }

    private static string RowExpression(CrossRule rule)
    {
        static string Text(string? item) => item is null ? "CAST(NULL AS VARCHAR)" : $"CAST({IngestColumn.Quote(item)} AS VARCHAR)";
        return rule.Kind switch
        {
            CrossRuleKind.IdAgrees => IdAgrees(Text(rule.IdItem), Text(rule.BirthDateItem), Text(rule.SexItem)),
            CrossRuleKind.DateOrder => $"CASE WHEN {IngestColumn.Quote(rule.EndItem!)} < {IngestColumn.Quote(rule.StartItem!)} THEN {SqlLiteral.Of(QualityCodes.DateOrder)} END",
            _ => $"{GovernanceFunctions.RegionAgrees}({Text(rule.RegionItem)}, {Text(rule.AddressItem)})",
        };
    }

    /// <summary>
    /// <see cref="GovernanceFunctions.IdAgrees"/>, called only where SQL cannot see that it agrees: an ID of the standard
    /// shape whose date digits equal the birth date (or no birth date) and whose sex digit fits the stated sex (or no sex)
    /// answers NULL, as the function would. Every other row (another shape, a disagreement, an unusual spelling) goes to it.
    /// </summary>
    internal static string IdAgrees(string id, string birth, string sex)
    {
        var birthAgrees = $"({birth} IS NULL OR replace(left({birth}, 10), '-', '') = substr({id}, 7, 8))";
        var upper = $"upper(trim({sex}))";
        var odd = $"(ascii(substr({id}, 17, 1)) % 2 = 1)";
        static string Words(string[] words) => string.Join(", ", words.Select(SqlLiteral.Of));
        var sexAgrees = $"({sex} IS NULL OR ({upper} IN ({Words(GovernanceFunctions.MaleWords)}) AND {odd}) " +
            $"OR ({upper} IN ({Words(GovernanceFunctions.FemaleWords)}) AND NOT {odd}))";
        return $"CASE WHEN regexp_full_match({id}, '[0-9]{{17}}[0-9X]') AND {birthAgrees} AND {sexAgrees} THEN NULL " +
            $"ELSE {GovernanceFunctions.IdAgrees}({id}, {birth}, {sex}) END";
    }

    private static string? ExistsIn(CrossRule rule, int index, AssessmentInput input, string source)
    {
        if (!input.References.TryGetValue(rule.Resource!, out var reference) || !reference.Columns.Any(c => string.Equals(c.Name, rule.TargetItem, StringComparison.Ordinal)))
        {
            return null;
        }
        var key = IngestColumn.Quote(rule.KeyItem!);
        var target = IngestColumn.Quote(rule.TargetItem!);
        return $"SELECT {Int(index)} AS rule, {SqlLiteral.Of(QualityCodes.ExistsIn)} AS code, v.{IngestColumn.RowId} AS {IngestColumn.RowId} FROM {source} AS v " +
            $"ANTI JOIN (SELECT DISTINCT CAST({target} AS VARCHAR) AS t FROM read_parquet({SqlLiteral.Of(reference.File)}) WHERE {target} IS NOT NULL) AS x " +
            $"ON CAST(v.{key} AS VARCHAR) = x.t WHERE v.{key} IS NOT NULL";
    }

    private static void AddKeyRule(AssessmentInput input, List<PendingRule> rules, string source)
    {
        var keys = input.Columns.Where(c => c.IsKey).Select(c => IngestColumn.Quote(c.Name)).ToList();
        if (keys.Count == 0)
        {
            return;
        }
        var index = rules.Count;
        var list = string.Join(", ", keys);
        var notNull = string.Join(" AND ", keys.Select(k => $"{k} IS NOT NULL"));
        var on = string.Join(" AND ", keys.Select(k => $"v.{k} = d.{k}"));
        var row = IngestColumn.RowId;
        var keyIndex = DataPlane.KeyIndexOf(input.VersionFile);
        // The rows whose key occurs more than once. With a key index (hashes of the first key item, sorted), the rows
        // sharing a hash with a neighbour are the only candidates: a window over two integer columns instead of
        // grouping every key (1.1 s against 2.5 s at 10M rows); the partition below then compares the keys themselves.
        var duplicated = File.Exists(keyIndex)
            ? $"SEMI JOIN (SELECT {row} FROM (SELECT {row}, {DataPlane.KeyHashColumn} = lag({DataPlane.KeyHashColumn}) OVER w OR {DataPlane.KeyHashColumn} = lead({DataPlane.KeyHashColumn}) OVER w AS shared " +
              $"FROM read_parquet({SqlLiteral.Of(keyIndex)}) WINDOW w AS (ORDER BY {DataPlane.KeyHashColumn})) WHERE shared) AS d ON v.{row} = d.{row} " +
              $"WHERE {string.Join(" AND ", keys.Select(k => $"v.{k} IS NOT NULL"))}"
            : $"SEMI JOIN (SELECT {list} FROM {source} WHERE {notNull} GROUP BY {list} HAVING count(*) > 1) AS d ON {on}";
        var sql = $"SELECT {Int(index)} AS rule, {SqlLiteral.Of(QualityCodes.KeyDuplicate)} AS code, {row} FROM (" +
            $"SELECT v.{row}, row_number() OVER (PARTITION BY {string.Join(", ", keys.Select(k => "v." + k))} ORDER BY v.{row}) AS n " +
            $"FROM {source} AS v {duplicated}) WHERE n > 1";
        var items = input.Columns.Where(c => c.IsKey).Select(c => c.Name).ToList();
        rules.Add(new PendingRule(new RuleOutcome(index, "key", QualityDimension.Uniqueness, items,
            new LocalizedText($"主键唯一（{string.Join("、", items)}）", $"Unique key ({string.Join(", ", items)})"), 0), sql));
    }

    private static string RowChecks(string source, List<(int Index, string Expression)> checks)
    {
        var columns = string.Concat(checks.Select(c => $", {c.Expression} AS c{Int(c.Index)}"));
        var structs = string.Join(", ", checks.Select(c => $"{{'rule': {Int(c.Index)}, 'code': c{Int(c.Index)}}}"));
        // The list is built only for rows with a failure (CASE evaluates its branch on those alone); a WHERE instead
        // would be pushed below the projection and call every check function twice.
        var any = string.Join(" OR ", checks.Select(c => $"c{Int(c.Index)} IS NOT NULL"));
        return $"SELECT f.rule AS rule, f.code AS code, {IngestColumn.RowId} FROM (SELECT {IngestColumn.RowId}, " +
            $"UNNEST(CASE WHEN {any} THEN list_filter([{structs}], x -> x.code IS NOT NULL) ELSE [] END) AS f " +
            $"FROM (SELECT {IngestColumn.RowId}{columns} FROM {source}) AS c) AS u";
    }

    private static (string? File, Dictionary<int, long> PerRule) WriteFailures(DuckDBConnection duck, List<string> queries, string path)
    {
        var perRule = new Dictionary<int, long>();
        if (queries.Count == 0)
        {
            return (null, perRule);
        }
        // Each rule's failures are written on their own first, then merged in one sort: one statement holding every
        // rule's blocking operators at once (the key rule's aggregate, joins, the final sort) ran out of the job's
        // memory limit on a 5 GB load, where each alone spills to disk. Insertion order is not needed for these parts.
        var parts = queries.Select((_, i) => path + ".part" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        Execute(duck, "SET preserve_insertion_order = false");
        try
        {
            for (var i = 0; i < queries.Count; i++)
            {
                Execute(duck, $"COPY ({queries[i]}) TO {SqlLiteral.Of(parts[i])} (FORMAT PARQUET)");
            }
            var list = string.Join(", ", parts.Select(SqlLiteral.Of));
            Execute(duck, $"COPY (SELECT * FROM read_parquet([{list}]) ORDER BY rule, {IngestColumn.RowId}) TO {SqlLiteral.Of(path)} (FORMAT PARQUET, COMPRESSION ZSTD)");
        }
        finally
        {
            Execute(duck, "SET preserve_insertion_order = true");
            foreach (var part in parts)
            {
                File.Delete(part);
            }
        }
        using (var command = duck.CreateCommand())
        {
            command.CommandText = $"SELECT rule, count(*) FROM read_parquet({SqlLiteral.Of(path)}) GROUP BY rule";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                perRule[reader.GetInt32(0)] = reader.GetInt64(1);
            }
        }
        if (perRule.Count == 0)
        {
            File.Delete(path);
            return (null, perRule);
        }
        return (path, perRule);
    }

    private static long DistinctRows(DuckDBConnection duck, string? file, List<int> rules)
    {
        if (file is null || rules.Count == 0)
        {
            return 0;
        }
        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT count(DISTINCT {IngestColumn.RowId}) FROM read_parquet({SqlLiteral.Of(file)}) WHERE rule IN ({string.Join(", ", rules.Select(Int))})";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
