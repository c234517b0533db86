using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Tests.Ingest.Query;

public sealed class FilterParserTests
{
    [Fact]
    public void Parse_ExampleFromDocs_BuildsAndOfOrTree()
    {
        var node = FilterParser.Parse("性别 = '男' and (出生日期 >= '1990-01-01' or 户籍地址 like '%金水区%') and 姓名 is not null");

        var and = Assert.IsType<FilterNode.And>(node);
        Assert.Equal(3, and.Nodes.Count);
        Assert.Equal(new FilterNode.Condition("性别", FilterOp.Equal, "男"), and.Nodes[0], ConditionComparer.Instance);
        var or = Assert.IsType<FilterNode.Or>(and.Nodes[1]);
        Assert.Equal(FilterOp.Like, Assert.IsType<FilterNode.Condition>(or.Nodes[1]).Op);
        Assert.Equal(FilterOp.IsNotNull, Assert.IsType<FilterNode.Condition>(and.Nodes[2]).Op);
    }

    [Fact]
    public void Parse_AndBindsTighterThanOr_NotTighterThanAnd()
    {
        var or = Assert.IsType<FilterNode.Or>(FilterParser.Parse("a = 1 or not b = 2 and c = 3"));

        Assert.IsType<FilterNode.Condition>(or.Nodes[0]);
        var and = Assert.IsType<FilterNode.And>(or.Nodes[1]);
        Assert.IsType<FilterNode.Not>(and.Nodes[0]);
        Assert.IsType<FilterNode.Condition>(and.Nodes[1]);
    }

    [Theory]
    [InlineData("x = 1", FilterOp.Equal)]
    [InlineData("x != 1", FilterOp.NotEqual)]
    [InlineData("x <> 1", FilterOp.NotEqual)]
    [InlineData("x<1", FilterOp.Less)]
    [InlineData("x <= 1", FilterOp.LessOrEqual)]
    [InlineData("x > -1.5", FilterOp.Greater)]
    [InlineData("x >= 1e3", FilterOp.GreaterOrEqual)]
    [InlineData("x IN ('1')", FilterOp.In)]
    [InlineData("x not in ('1', '2')", FilterOp.NotIn)]
    [InlineData("x like '1%'", FilterOp.Like)]
    [InlineData("x not like '1%'", FilterOp.NotLike)]
    [InlineData("x is null", FilterOp.IsNull)]
    [InlineData("x IS NOT NULL", FilterOp.IsNotNull)]
    public void Parse_EachOperator_Recognised(string text, FilterOp op) =>
        Assert.Equal(op, Assert.IsType<FilterNode.Condition>(FilterParser.Parse(text)).Op);

    [Fact]
    public void Parse_QuotedNameAndEscapedQuote_KeepsTextExactly()
    {
        var c = Assert.IsType<FilterNode.Condition>(FilterParser.Parse("\"户籍 地址\"\"x\" = 'it''s 金水区'"));

        Assert.Equal("户籍 地址\"x", c.Column);
        Assert.Equal("it's 金水区", Assert.Single(c.Values));
    }

    [Fact]
    public void Parse_InList_AllValuesInOrder()
    {
        var c = Assert.IsType<FilterNode.Condition>(FilterParser.Parse("性别 in ('男', '女', 3, true)"));

        Assert.Equal(["男", "女", "3", "true"], c.Values);
    }

    [Theory]
    [InlineData("性别 '男'", 4, "运算符")]
    [InlineData("性别 = ", 6, "值")]
    [InlineData("(性别 = '男'", 10, "右括号")]
    [InlineData("性别 = 男", 6, "值")]
    [InlineData("性别 = '男' 姓名", 10, "and")]
    public void Parse_SyntaxError_PositionInBothLanguages(string text, int position, string expectedZh)
    {
        var e = Assert.Throws<QueryException>(() => FilterParser.Parse(text));

        var error = Assert.Single(e.Errors);
        Assert.Equal("filter_syntax", error.Code);
        Assert.StartsWith($"第 {position} 个字符处应为", error.Message.Zh, StringComparison.Ordinal);
        Assert.Contains(expectedZh, error.Message.Zh, StringComparison.Ordinal);
        Assert.Contains($"at character {position}", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnterminatedString_Error()
    {
        var e = Assert.Throws<QueryException>(() => FilterParser.Parse("姓名 = 'abc"));

        Assert.Equal("filter_unterminated_quote", Assert.Single(e.Errors).Code);
    }

    [Fact]
    public void Parse_TooManyConditions_Refused()
    {
        var text = string.Join(" or ", Enumerable.Range(0, 101).Select(i => $"a = {i}"));

        Assert.Equal("filter_too_large", Assert.Single(Assert.Throws<QueryException>(() => FilterParser.Parse(text)).Errors).Code);
        Assert.NotNull(FilterParser.Parse(string.Join(" or ", Enumerable.Range(0, 100).Select(i => $"a = {i}"))));
    }

    [Fact]
    public void Parse_DeepNesting_RefusedWithoutStackOverflow()
    {
        var text = new string('(', 5000) + "a = 1" + new string(')', 5000);

        Assert.Throws<QueryException>(() => FilterParser.Parse(text));
        Assert.Equal("filter_too_deep", Assert.Single(Assert.Throws<QueryException>(() => FilterParser.Parse(string.Concat(Enumerable.Repeat("not ", 40)) + "a = 1")).Errors).Code);
    }

    [Fact]
    public void Parse_Blank_Null() => Assert.Null(FilterParser.Parse("  "));

    [Fact]
    public void ParseJson_Tree_SameAsText()
    {
        var node = FilterParser.ParseJson("""
            {"and":[{"column":"性别","op":"=","value":"男"},
                    {"or":[{"column":"月收入","op":">=","value":1000.5},{"not":{"column":"姓名","op":"is null"}}]},
                    {"column":"性别","op":"not in","values":["女",1,true]}]}
            """);

        var and = Assert.IsType<FilterNode.And>(node);
        var or = Assert.IsType<FilterNode.Or>(and.Nodes[1]);
        Assert.Equal("1000.5", Assert.Single(Assert.IsType<FilterNode.Condition>(or.Nodes[0]).Values));
        Assert.Equal(FilterOp.IsNull, Assert.IsType<FilterNode.Condition>(Assert.IsType<FilterNode.Not>(or.Nodes[1]).Node).Op);
        Assert.Equal(["女", "1", "true"], Assert.IsType<FilterNode.Condition>(and.Nodes[2]).Values);
    }

    [Theory]
    [InlineData("[1]", "$")]
    [InlineData("""{"and":{}}""", "$.and")]
    [InlineData("""{"column":"a","op":"~","value":1}""", "$.op")]
    [InlineData("""{"column":"a","op":"=","value":null}""", "$.value")]
    [InlineData("""{"or":[{"column":"a","op":"in","values":[]}]}""", "$.or[0].values")]
    [InlineData("{", "JSON")]
    public void ParseJson_WrongShape_ErrorNamesPath(string json, string path)
    {
        var e = Assert.Throws<QueryException>(() => FilterParser.ParseJson(json));

        Assert.Contains(path, Assert.Single(e.Errors).Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseSort_DirectionsAndQuotedNames()
    {
        var keys = FilterParser.ParseSort("出生日期 desc, -月收入, \"a, b\" asc,姓名");

        Assert.Equal([new SortKey("出生日期", true), new SortKey("月收入", true), new SortKey("a, b"), new SortKey("姓名")], keys);
    }

    [Fact]
    public void ParseSelect_List_NamesInOrder() =>
        Assert.Equal(["姓名", "性别"], FilterParser.ParseSelect("姓名,性别"));

    [Fact]
    public void ParseSelect_MissingComma_Error() =>
        Assert.Equal("select_syntax", Assert.Single(Assert.Throws<QueryException>(() => FilterParser.ParseSelect("姓名 性别")).Errors).Code);

    private sealed class ConditionComparer : IEqualityComparer<FilterNode>
    {
        public static readonly ConditionComparer Instance = new();

        public bool Equals(FilterNode? x, FilterNode? y) => x is FilterNode.Condition a && y is FilterNode.Condition b
            && a.Column == b.Column && a.Op == b.Op && a.Values.SequenceEqual(b.Values);

        public int GetHashCode(FilterNode obj) => 0;
    }
}
