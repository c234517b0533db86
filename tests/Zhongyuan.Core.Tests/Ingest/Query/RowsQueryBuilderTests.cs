using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Tests.Ingest.Query;

public sealed class RowsQueryBuilderTests
{
    private const string Path = "/data/v1.parquet";

    public static TheoryData<string> Hostile => new()
    {
        "'; DROP TABLE t; --",
        "x' OR '1'='1",
        "/* comment */ ; SELECT 1",
        "-- line",
        "\u2019; DROP TABLE t; \u201D",
        "\"; DROP TABLE t; --",
        "\\'; --",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Page_HostileValue_SqlUnchangedAndValueIsParameter(string hostile)
    {
        var benign = Build(new FilterNode.Condition("姓名", FilterOp.Equal, "张伟"));
        var attack = Build(new FilterNode.Condition("姓名", FilterOp.Equal, hostile));

        Assert.Equal(benign.Sql, attack.Sql);
        Assert.Contains(hostile, attack.Parameters);
        Assert.DoesNotContain(hostile, attack.Sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Page_HostileTextThroughParser_SqlUnchanged(string hostile)
    {
        var text = "姓名 like '" + hostile.Replace("'", "''", StringComparison.Ordinal) + "' or 性别 in ('男', '" + hostile.Replace("'", "''", StringComparison.Ordinal) + "')";
        var benign = Build(FilterParser.Parse("姓名 like 'a' or 性别 in ('男', 'b')"));

        var attack = Build(FilterParser.Parse(text));

        Assert.Equal(benign.Sql, attack.Sql);
        Assert.Equal(2, attack.Parameters.Count(p => Equals(p, hostile)));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Page_HostileColumnName_UnknownColumnNotSql(string hostile)
    {
        var e = Assert.Throws<QueryException>(() => Build(new FilterNode.Condition(hostile, FilterOp.IsNull, [])));

        Assert.Equal("unknown_column", Assert.Single(e.Errors).Code);
        Assert.Throws<QueryException>(() => RowsQueryBuilder.Page(Path, SampleVersion.Columns, new RowsRequest(Select: [hostile])));
        Assert.Throws<QueryException>(() => RowsQueryBuilder.Page(Path, SampleVersion.Columns, new RowsRequest(Sort: [new SortKey(hostile)])));
    }

    [Fact]
    public void Page_UnknownColumn_MessageNamesColumnAndAvailableOnes()
    {
        var e = Assert.Throws<QueryException>(() => Build(FilterParser.Parse("住址 = 'x'")));

        var error = Assert.Single(e.Errors);
        Assert.Contains("住址", error.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("公民身份号码、姓名、性别、出生日期、月收入、是否在职", error.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("available columns: 公民身份号码, 姓名", error.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("_zy_row", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_HiddenRowColumn_NotFilterable() =>
        Assert.Throws<QueryException>(() => Build(FilterParser.Parse("_zy_row > 5")));

    [Fact]
    public void Page_ValuesConvertedToColumnTypes()
    {
        var q = Build(FilterParser.Parse("出生日期 >= '1990-01-01' and 月收入 < 1000.5 and 是否在职 = true and 公民身份号码 = 41"));

        Assert.Contains(new DateOnly(1990, 1, 1), q.Parameters);
        Assert.Contains(1000.5m, q.Parameters);
        Assert.Contains(true, q.Parameters);
        Assert.Contains("41", q.Parameters);
    }

    [Theory]
    [InlineData("出生日期 = '1990-13-01'", "出生日期")]
    [InlineData("月收入 > 'abc'", "月收入")]
    [InlineData("是否在职 = 'maybe'", "是否在职")]
    public void Page_LiteralDoesNotFitType_ClearError(string filter, string column)
    {
        var error = Assert.Single(Assert.Throws<QueryException>(() => Build(FilterParser.Parse(filter))).Errors);

        Assert.Equal("value_type_mismatch", error.Code);
        Assert.Contains(column, error.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("does not fit", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_LikeOnNonText_Refused() =>
        Assert.Equal("like_requires_text", Assert.Single(Assert.Throws<QueryException>(() => Build(FilterParser.Parse("月收入 like '1%'"))).Errors).Code);

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Page_LimitOutOfRange_Refused(int limit) =>
        Assert.Equal("limit", Assert.Single(Assert.Throws<QueryException>(() => RowsQueryBuilder.Page(Path, SampleVersion.Columns, new RowsRequest(Limit: limit))).Errors).Field);

    [Fact]
    public void Page_PathWithQuote_EscapedAsLiteral()
    {
        var q = RowsQueryBuilder.Page("/data/it's.parquet", SampleVersion.Columns, new RowsRequest());

        Assert.Contains("read_parquet('/data/it''s.parquet')", q.Sql, StringComparison.Ordinal);
    }

    private static BuiltQuery Build(FilterNode? filter) => RowsQueryBuilder.Page(Path, SampleVersion.Columns, new RowsRequest(Filter: filter));
}
