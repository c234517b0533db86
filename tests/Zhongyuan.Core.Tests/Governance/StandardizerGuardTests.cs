using DuckDB.NET.Data;
using Zhongyuan.Catalog;
using Zhongyuan.Governance;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Conversion;

namespace Zhongyuan.Tests.Governance;

/// <summary>
/// A load calls a standardiser only on values its pattern (<see cref="ValueRule.MayChange"/>, <see cref="ValueRule.StandardShape"/>)
/// lets through, in DuckDB's RE2: every value the standardiser would change must get through, or it would be loaded unstandardised.
/// </summary>
public sealed class StandardizerGuardTests
{
    [Theory]
    [InlineData(RuleLibrary.FullWidth)]
    [InlineData(RuleLibrary.Invisible)]
    [InlineData(RuleLibrary.Whitespace)]
    public void MayChange_EveryValueTheStandardizerChanges_Matches(string code)
    {
        var rule = RuleLibrary.Find(code)!;
        var changed = Candidates().Where(v => !ReferenceEquals(rule.Standardize!(v), v)).ToList();

        var missed = Unmatched(changed, $"NOT regexp_matches(v, {SqlLiteral.Of(rule.MayChange!)})");

        Assert.True(changed.Count > 10, "the candidates exercise the standardiser");
        Assert.Empty(missed.Select(v => string.Join(" ", v.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))));
    }

    [Fact]
    public void MayChange_PlainChineseText_DoesNotMatch()
    {
        foreach (var code in new[] { RuleLibrary.FullWidth, RuleLibrary.Invisible, RuleLibrary.Whitespace })
        {
            Assert.Empty(Unmatched(["河南省郑州市金水区纬五路47号", "张三", "A 1"], $"regexp_matches(v, {SqlLiteral.Of(RuleLibrary.Find(code)!.MayChange!)})"));
        }
    }

    [Fact]
    public void StandardShape_IdNormalize_ValuesItChangesAreNotOfTheShape()
    {
        var rule = RuleLibrary.Find(RuleLibrary.IdNormalize)!;
        string[] values = ["41010519900101123X", "410105199001011234", "41010519900101123x", "410105900101123", " 410105199001011234", "４１０１０５１９９００１０１１２３４",
            "4101051990010112", "41010519900101123\u200B4", "abc", "410105199001011234 ", "41010519900101123Y"];
        var changed = values.Where(v => !ReferenceEquals(rule.Standardize!(v), v)).ToList();

        Assert.Equal(6, changed.Count);
        Assert.Empty(Unmatched(changed, $"regexp_full_match(v, {SqlLiteral.Of(rule.StandardShape!)})"));
        Assert.All(values.Except(changed), v => Assert.Same(v, rule.Standardize!(v)));
    }

    [Fact]
    public void StandardizeWhen_ItemWithSeveralStandardizers_CallsOnlyWhereOneMayChange()
    {
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        var plan = new GovernancePlan([new ItemGovernance("地址", [RuleLibrary.Find(RuleLibrary.FullWidth)!, RuleLibrary.Find(RuleLibrary.Whitespace)!], [])], []);
        var functions = GovernanceFunctions.Register(duck, plan, new DateOnly(2026, 11, 30));
        var when = functions.StandardizeWhen("地址")!;
        using var c = duck.CreateCommand();
        c.CommandText = $"SELECT list(v ORDER BY v) FROM (VALUES ('郑州市'), ('郑州　市'), ('１号'), (' 郑州'), ('郑  州')) AS t(v) WHERE {when.Sql("v")}";

        Assert.Equal(new[] { "郑  州", " 郑州", "１号", "郑州　市" }.Order(StringComparer.Ordinal), ((System.Collections.IEnumerable)c.ExecuteScalar()!).Cast<string>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Conversion_StandardizerGatedByTheRowMatch_SameValuesAsCallingItOnEveryValue()
    {
        InformationItem[] items = [new("名称", ItemDataType.Text, 50), new("备注", ItemDataType.Text, 50)];
        IngestColumn[] columns = [new("名称", ItemDataType.Text, false), new("备注", ItemDataType.Text, false)];
        var binding = Zhongyuan.Ingest.Binding.ColumnBinder.Bind(["名称", "备注"], items);
        var candidates = Candidates().ToList();
        // Each candidate in the governed column (beside a clean value), and a few beside it.
        using var db = new Zhongyuan.Tests.Ingest.Conversion.StagingDatabase("s", ["名称", "备注"],
            candidates.Select(v => new[] { v, "x" }).Concat(candidates.Take(2000).Select(v => new[] { "张三", v })));
        var plan = new GovernancePlan([new ItemGovernance("名称",
            [RuleLibrary.Find(RuleLibrary.FullWidth)!, RuleLibrary.Find(RuleLibrary.Invisible)!, RuleLibrary.Find(RuleLibrary.Whitespace)!], [])], []);
        var functions = GovernanceFunctions.Register(db.Connection, plan, new DateOnly(2026, 11, 30));
        var gated = new Dictionary<string, ColumnRuleFunctions>
        {
            ["名称"] = new(functions.StandardizeFunction("名称"), null, functions.StandardizeWhen("名称")),
        };
        var everywhere = new Dictionary<string, ColumnRuleFunctions> { ["名称"] = gated["名称"] with { StandardizeWhen = null } };

        var sql = ConversionSql.SelectConvertedWithFailures("s", binding, columns, gated);
        var withGate = db.Query(sql);
        var changedWithGate = functions.Changes.Sum(c => c.Changed);
        var withoutGate = db.Query(ConversionSql.SelectConvertedWithFailures("s", binding, columns, everywhere));

        Assert.Contains("_zy_dirty AND regexp_matches", sql, StringComparison.Ordinal);
        Assert.Equal(candidates.Count + 2000, withGate.Count);
        Assert.True(changedWithGate > 100, $"the standardisers changed {changedWithGate} values");
        Assert.Equal(2 * changedWithGate, functions.Changes.Sum(c => c.Changed));
        // Both in source row order (the queries themselves run in parallel and do not order their rows).
        static IEnumerable<string> Ordered(List<string?[]> rows) =>
            rows.OrderBy(r => long.Parse(r[0]!, System.Globalization.CultureInfo.InvariantCulture)).Select(r => string.Join("\u0002", r));
        Assert.Equal(Ordered(withoutGate), Ordered(withGate));
    }

    [Fact]
    public void InRow_Anchors_AlsoMatchBesideTheSeparator_ClassesAndEscapesUnchanged()
    {
        Assert.Equal("(?:^|\\x{E000}) | (?:\\x{E000}|$)|  ", ValueCleaning.InRow("^ | $|  "));
        Assert.Equal("[^$]\\^\\$[]^]a", ValueCleaning.InRow("[^$]\\^\\$[]^]a"));
        var row = ValueCleaning.IsDirty(["a", "b"], ["^ ", "x$"]);
        Assert.Contains("chr(57344)", row, StringComparison.Ordinal);
    }

    /// <summary>Every BMP character (NUL and surrogates excluded) alone, inside text, doubled, and spaces at the ends and inside.</summary>
    private static IEnumerable<string> Candidates()
    {
        for (var i = 0; i <= 0xFFFF; i++)
        {
            // NUL cannot travel through DuckDB's appender (C strings); surrogates are not characters on their own.
            if (i is 0 or (>= 0xD800 and <= 0xDFFF))
            {
                continue;
            }
            var c = ((char)i).ToString();
            yield return c;
            yield return "郑" + c + "州";
            yield return c + c;
        }
        yield return " 郑州";
        yield return "郑州 ";
        yield return "郑  州";
    }

    /// <summary>The values for which <paramref name="condition"/> (over the column <c>v</c>) holds in DuckDB.</summary>
    private static List<string> Unmatched(IReadOnlyCollection<string> values, string condition)
    {
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using (var create = duck.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (v VARCHAR)";
            create.ExecuteNonQuery();
        }
        using (var appender = duck.CreateAppender("t"))
        {
            foreach (var v in values)
            {
                appender.CreateRow().AppendValue(v).EndRow();
            }
        }
        using var c = duck.CreateCommand();
        c.CommandText = $"SELECT v FROM t WHERE {condition}";
        using var reader = c.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }
        return result;
    }
}
