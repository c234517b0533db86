using System.Globalization;
using DuckDB.NET.Data;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Export;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Sharing;
using Zhongyuan.Sharing.Access;
using Zhongyuan.Sharing.Masking;

namespace Zhongyuan.Tests.Sharing;

public sealed class GrantViewsTests : IDisposable
{
    private const int Rows = 40;
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private static readonly IReadOnlyList<IngestColumn> Columns =
    [
        new("公民身份号码", ItemDataType.Text, true),
        new("姓名", ItemDataType.Text, false),
        new("手机号码", ItemDataType.Text, false),
        new("社会保障卡号", ItemDataType.Text, false),
        new("月收入", ItemDataType.Decimal, false),
        new("行政区划代码", ItemDataType.Text, false),
        new(IngestColumn.RowId, ItemDataType.Integer, false),
    ];

    private static readonly IReadOnlyList<InformationItem> Items =
    [
        new("公民身份号码", ItemDataType.Text, 18, "DE00001", Masking: MaskingRule.IdNumber),
        new("姓名", ItemDataType.Text, 50, Masking: MaskingRule.Name),
        new("手机号码", ItemDataType.Text, 11, Masking: MaskingRule.Phone),
        new("社会保障卡号", ItemDataType.Text, 9, Masking: MaskingRule.Pseudonym),
        new("月收入", ItemDataType.Decimal, 12, Masking: MaskingRule.Redact),
        new("行政区划代码", ItemDataType.Text, 6),
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("zy-grantview-").FullName;
    private readonly string _path;

    public GrantViewsTests()
    {
        _path = Path.Combine(_directory, "v1.parquet");
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = $"""
            COPY (SELECT '4101051990010' || lpad(i::VARCHAR, 4, '0') || 'X' AS "公民身份号码", '张三' || i AS "姓名",
              '138' || lpad(i::VARCHAR, 8, '0') AS "手机号码", 'SB' || lpad(i::VARCHAR, 7, '0') AS "社会保障卡号",
              (i * 100)::DECIMAL(38,10) AS "月收入", CASE WHEN i % 2 = 0 THEN '410105' ELSE '410102' END AS "行政区划代码",
              i::BIGINT AS "_zy_row" FROM range(1, {Rows + 1}) t(i)) TO '{_path}' (FORMAT PARQUET)
            """;
        command.ExecuteNonQuery();
    }

    private static Grant GrantOf(long id, string? rowFilter = null, IReadOnlyDictionary<string, MaskingRule>? masking = null) => new()
    {
        Id = id, ApplicationId = 9, ConsumerDepartmentId = 3, ResourceCode = "R", Purpose = "核验",
        Items = ["公民身份号码", "姓名", "手机号码", "社会保障卡号", "月收入"], RowFilter = rowFilter,
        Masking = masking ?? new Dictionary<string, MaskingRule>(), StartsAt = DateTimeOffset.MinValue, EndsAt = DateTimeOffset.MaxValue,
        Status = GrantStatus.Active, GrantedBy = "steward", GrantedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Build_CatalogRules_EveryGrantedItemMaskedAndOthersAbsent()
    {
        var view = GrantViews.Build(_path, Columns, Items, GrantOf(1), Key);
        using var duck = MaskingFunctions.OpenReader();

        var page = RowsReader.Query(duck, view.View, new RowsRequest(Limit: Rows));

        Assert.Equal(["公民身份号码", "姓名", "手机号码", "社会保障卡号", "月收入"], page.Columns.Select(c => c.Name));
        var first = page.Rows[0];
        Assert.Equal("410105********001X", first[0]);
        Assert.Equal("张**", first[1]);
        Assert.Equal("138****0001", first[2]);
        Assert.Matches("^[0-9a-f]{64}$", (string)first[3]!);
        Assert.Null(first[4]);
        Assert.Equal(Rows, page.Rows.Count);
    }

    [Fact]
    public void Build_RowFilterAndHidden_OnlyScopedRowsWithRawSubjectKeys()
    {
        var view = GrantViews.Build(_path, Columns, Items, GrantOf(1, "行政区划代码 = '410105'"), Key);
        using var duck = MaskingFunctions.OpenReader();

        var page = RowsReader.Query(duck, view.View, new RowsRequest(Limit: 5));

        Assert.Equal(Rows / 2, RowsReader.Count(duck, view.View, null));
        Assert.Equal(["公民身份号码"], view.SubjectItems);
        Assert.Equal("4101051990010" + "0002X", Assert.IsType<string>(page.Hidden![0][0]));
        Assert.Equal(5, page.Hidden.Count);
        Assert.NotNull(page.Next);
    }

    [Theory]
    [InlineData("姓名")]
    [InlineData("手机号码")]
    public void Query_KeysetPagesSortedByMaskedItem_EveryRowOnceMasked(string sortBy)
    {
        var view = GrantViews.Build(_path, Columns, Items, GrantOf(1), Key);
        using var duck = MaskingFunctions.OpenReader();
        var seen = new List<string>();
        string? after = null;

        do
        {
            var page = RowsReader.Query(duck, view.View, new RowsRequest(Select: ["公民身份号码", "姓名"], Sort: [new Zhongyuan.Ingest.Query.SortKey(sortBy, Descending: true)], Limit: 7, After: after));
            seen.AddRange(page.Rows.Select(r => (string)r[0]!));
            Assert.All(page.Rows, r => Assert.Equal("张**", r[1]));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(Rows, seen.Count);
        Assert.All(seen, id => Assert.Contains("********", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Query_FilterOnMaskedItem_MatchesMaskedValuesOnly()
    {
        var view = GrantViews.Build(_path, Columns, Items, GrantOf(1), Key);
        using var duck = MaskingFunctions.OpenReader();

        var raw = RowsReader.Count(duck, view.View, FilterParser.Parse("姓名 = '张三1'"));
        var masked = RowsReader.Count(duck, view.View, FilterParser.Parse("姓名 = '张**'"));

        Assert.Equal(0, raw);
        Assert.Equal(Rows, masked);
    }

    [Theory]
    [InlineData("姓名 like '张%'", Rows)]
    [InlineData("姓名 like '%三%'", 0)]
    [InlineData("姓名 like '张*%'", Rows)]
    [InlineData("姓名 like '%1'", 0)]
    [InlineData("not 姓名 like '%三%'", Rows)]
    [InlineData("姓名 like '张%' or 姓名 like '%三1%'", Rows)]
    public void Query_LikeOnPrefixMaskedItem_SameAsOnMaskedValues(string filter, int expected)
    {
        // The raw-value condition added for prefix masks (name, address) is implied by the masked one: results never change.
        var view = GrantViews.Build(_path, Columns, Items, GrantOf(1), Key);
        using var duck = MaskingFunctions.OpenReader();

        Assert.Equal(expected, RowsReader.Count(duck, view.View, FilterParser.Parse(filter)));
    }

    [Theory]
    [InlineData("%金水区%", new[] { "", "金水区", "" })]
    [InlineData(@"50\%_折", new[] { "50%", "折" })]
    [InlineData("张", new[] { "张" })]
    public void LiteralRuns_SplitAtUnescapedWildcards(string pattern, string[] runs) =>
        Assert.Equal(runs, RowsQueryBuilder.LiteralRuns(pattern));

    [Fact]
    public void Build_NonGrantedItem_UnknownToRequests()
    {
        var view = GrantViews.Build(_path, Columns, Items, GrantOf(1), Key);
        using var duck = MaskingFunctions.OpenReader();

        var e = Assert.Throws<QueryException>(() => RowsReader.Query(duck, view.View, new RowsRequest(Select: ["行政区划代码"])));
        Assert.Throws<QueryException>(() => RowsReader.Count(duck, view.View, FilterParser.Parse("_zy_hidden_0 = 'x'")));

        Assert.Equal("unknown_column", e.Errors[0].Code);
        Assert.DoesNotContain("_zy_hidden", e.Errors[0].Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GrantAllowsRaw_GrantRuleWinsOverCatalog()
    {
        var view = GrantViews.Build(_path, Columns, Items, GrantOf(1, masking: new Dictionary<string, MaskingRule> { ["姓名"] = MaskingRule.None }), Key);
        using var duck = MaskingFunctions.OpenReader();

        var page = RowsReader.Query(duck, view.View, new RowsRequest(Select: ["姓名"], Limit: 1));

        Assert.Equal("张三1", page.Rows[0][0]);
        Assert.Equal(MaskingRule.None, view.Masking["姓名"]);
        Assert.Equal(MaskingRule.IdNumber, view.Masking["公民身份号码"]);
    }

    [Fact]
    public void Pseudonym_TwoGrants_StableWithinDifferentAcross()
    {
        using var duck = MaskingFunctions.OpenReader();
        string Pseudonym(long grant) => (string)RowsReader.Query(duck, GrantViews.Build(_path, Columns, Items, GrantOf(grant), Pseudonyms.GrantKey(Key, grant)).View,
            new RowsRequest(Select: ["社会保障卡号"], Limit: 1)).Rows[0][0]!;

        Assert.Equal(Pseudonym(1), Pseudonym(1));
        Assert.NotEqual(Pseudonym(1), Pseudonym(2));
        Assert.Equal(Pseudonyms.Of(new Zhongyuan.Crypto.Sm3Hmac(Pseudonyms.GrantKey(Key, 1)), "SB0000001"), Pseudonym(1));
    }

    [Fact]
    public void DistinctAndProfile_MaskedItem_NoRawValue()
    {
        var view = GrantViews.Build(_path, Columns, Items, GrantOf(1), Key);
        using var duck = MaskingFunctions.OpenReader();

        var distinct = RowsReader.Distinct(duck, view.View, "姓名", null, 100);
        var profile = ColumnProfiler.Profile(duck, view.View);

        Assert.Equal("张**", Assert.Single(distinct).Value);
        var name = profile.Single(p => p.Name == "姓名");
        Assert.Equal("张**", name.Min);
        Assert.All(profile.SelectMany(p => p.Top), t => Assert.DoesNotContain("张三", t.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_Csv_MaskedValuesAndHiddenNotExported()
    {
        var view = GrantViews.Build(_path, Columns, Items, GrantOf(1), Key);
        using var duck = MaskingFunctions.OpenReader();
        using var output = new MemoryStream();

        var rows = await RowsExporter.ExportAsync(duck, view.View, new RowsRequest(), new ExportOptions(ExportFormat.Csv), output);
        var hidden = RowsReader.Hidden(duck, view.View, new RowsRequest(), 3);

        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal(Rows, rows);
        Assert.DoesNotContain("1990010", text, StringComparison.Ordinal);
        Assert.DoesNotContain("_zy_", text, StringComparison.Ordinal);
        Assert.Equal(3, hidden.Count);
        Assert.Equal("41010519900100001X", hidden[0][0]);
    }

    [Fact]
    public void ChinaDay_LateUtcEvening_NextDayInChina()
    {
        var now = new DateTimeOffset(2026, 11, 30, 17, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 12, 1), ChinaDay.Of(now));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 16, 0, 0, TimeSpan.Zero), ChinaDay.NextMidnight(now).ToUniversalTime());
        Assert.Equal("2026-11-30", ChinaDay.Of(now.AddHours(-10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
