using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Tests.Ingest.Query;

public sealed class RowsReaderTests(SampleVersion version) : IClassFixture<SampleVersion>
{
    private IReadOnlyList<SampleVersion.Person> People => version.Rows;

    [Fact]
    public void Query_Default_FirstHundredInFileOrderWithoutHiddenColumn()
    {
        var page = Query(new RowsRequest());

        Assert.Equal(["公民身份号码", "姓名", "性别", "出生日期", "月收入", "是否在职"], page.Columns.Select(c => c.Name));
        Assert.True(page.Columns[0].IsKey);
        Assert.Equal(100, page.Rows.Count);
        Assert.All(page.Rows, r => Assert.Equal(6, r.Length));
        Assert.Equal(People[0].Id, page.Rows[0][0]);
        Assert.Equal(People[99].Id, page.Rows[99][0]);
        Assert.Equal(People[0].Birth, page.Rows[0][3]);
        Assert.Equal(People[0].Income, page.Rows[0][4]);
        Assert.NotNull(page.Next);
    }

    [Theory]
    [InlineData("性别 = '男'")]
    [InlineData("性别 != '男'")]
    [InlineData("月收入 < 3000")]
    [InlineData("月收入 <= 3000.5")]
    [InlineData("出生日期 > '1990-01-01'")]
    [InlineData("出生日期 >= '1990-01-01'")]
    [InlineData("月收入 in (1000.5, 2000.5)")]
    [InlineData("月收入 not in (1000.5, 2000.5)")]
    [InlineData("姓名 like '张%'")]
    [InlineData("姓名 not like '_伟'")]
    [InlineData("姓名 is null")]
    [InlineData("出生日期 is not null")]
    [InlineData("是否在职 = false")]
    [InlineData("性别 = '男' or 月收入 > 8000 and 是否在职 = true")]
    [InlineData("(性别 = '男' or 月收入 > 8000) and 是否在职 = true")]
    [InlineData("not (性别 = '男' or 月收入 > 8000)")]
    [InlineData("姓名 = '''; DROP TABLE t; --'")]
    public void Count_EachOperatorAndPrecedence_MatchesExpected(string filter)
    {
        var expected = People.Count(Expectations[filter]);

        Assert.Equal(expected, RowsReader.Count(version.Connection, version.Path, SampleVersion.Columns, FilterParser.Parse(filter)));
        Assert.True(expected > 0);
    }

    [Fact]
    public void Query_LikeEscape_MatchesLiteralPercent()
    {
        var page = Query(new RowsRequest(Filter: FilterParser.Parse(@"姓名 like '%\%%'")));

        Assert.Empty(page.Rows);
        Assert.Single(Query(new RowsRequest(Filter: FilterParser.Parse("姓名 like '%DROP%'"))).Rows);
    }

    [Fact]
    public void Query_KeysetDefaultSort_VisitsEveryRowOnce()
    {
        var seen = Walk(new RowsRequest(Select: ["公民身份号码"], Limit: 77));

        Assert.Equal(People.Select(p => p.Id), seen);
    }

    [Fact]
    public void Query_KeysetDescendingWithTiesAndNulls_VisitsEveryRowOnceInOrder()
    {
        var request = new RowsRequest(Select: ["公民身份号码", "月收入"], Sort: [new SortKey("月收入", Descending: true), new SortKey("姓名")], Limit: 33);

        var seen = Walk(request);

        var expected = People
            .OrderBy(p => p.Income is null ? 0 : 1).ThenByDescending(p => p.Income)
            .ThenBy(p => p.Name is null ? 1 : 0).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Row)
            .Select(p => p.Id);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void Query_KeysetWithFilterOnDate_VisitsEveryMatchingRowOnce()
    {
        var request = new RowsRequest(Select: ["公民身份号码"], Filter: FilterParser.Parse("性别 = '女'"), Sort: [new SortKey("出生日期")], Limit: 50);

        var seen = Walk(request);

        Assert.Equal(People.Count(p => p.Sex == "女"), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public void Query_OffsetPaging_SkipsRows()
    {
        var page = Query(new RowsRequest(Select: ["公民身份号码"], Limit: 10, Offset: 995));

        Assert.Equal(People.Skip(995).Select(p => p.Id), page.Rows.Select(r => (string)r[0]!));
        Assert.Null(page.Next);
    }

    [Fact]
    public void Query_TamperedCursor_Refused()
    {
        var next = Query(new RowsRequest(Limit: 10)).Next!;
        var tampered = next[..^2] + (next[^2] == 'A' ? "B" : "A") + next[^1];

        foreach (var cursor in new[] { tampered, "not a cursor", "eyJ9", next + "x" })
        {
            var error = Assert.Single(Assert.Throws<QueryException>(() => Query(new RowsRequest(Limit: 10, After: cursor))).Errors);
            Assert.Equal("cursor_invalid", error.Code);
            Assert.Equal("after", error.Field);
        }
    }

    [Fact]
    public void Query_CursorFromAnotherSort_Refused()
    {
        var next = Query(new RowsRequest(Limit: 10, Sort: [new SortKey("姓名")])).Next!;

        Assert.Throws<QueryException>(() => Query(new RowsRequest(Limit: 10, Sort: [new SortKey("姓名", true)], After: next)));
        Assert.Throws<QueryException>(() => Query(new RowsRequest(Limit: 10, After: next)));
    }

    [Fact]
    public void Query_CursorValueOfWrongType_Refused()
    {
        var next = Query(new RowsRequest(Limit: 10, Sort: [new SortKey("出生日期")])).Next!;
        var json = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(next));
        var forged = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(
            System.Text.RegularExpressions.Regex.Replace(json, "\\d{4}-\\d{2}-\\d{2}", "x'; --")));

        Assert.Throws<QueryException>(() => Query(new RowsRequest(Limit: 10, Sort: [new SortKey("出生日期")], After: forged)));
    }

    [Fact]
    public void Query_OffsetWithCursor_Refused()
    {
        var next = Query(new RowsRequest(Limit: 10)).Next!;

        Assert.Equal("offset", Assert.Single(Assert.Throws<QueryException>(() => Query(new RowsRequest(Offset: 5, After: next))).Errors).Field);
    }

    [Fact]
    public void Count_NoFilter_AllRows() =>
        Assert.Equal(SampleVersion.RowCount, RowsReader.Count(version.Connection, version.Path, SampleVersion.Columns, null));

    [Fact]
    public void Distinct_Sex_CountsDescending()
    {
        var values = RowsReader.Distinct(version.Connection, version.Path, SampleVersion.Columns, "性别", FilterParser.Parse("月收入 > 5000"));

        var expected = People.Where(p => p.Income > 5000).GroupBy(p => p.Sex).Select(g => (object?)g.Key).ToHashSet();
        Assert.Equal(expected, values.Select(v => v.Value).ToHashSet());
        Assert.Equal(People.Count(p => p.Income > 5000), values.Sum(v => v.Count));
    }

    [Fact]
    public void Distinct_IncomeWithLimit_MostFrequentFirstNullIncluded()
    {
        var values = RowsReader.Distinct(version.Connection, version.Path, SampleVersion.Columns, "月收入", null, limit: 20);

        Assert.Equal(11, values.Count);
        Assert.True(values.Zip(values.Skip(1)).All(p => p.First.Count >= p.Second.Count));
        Assert.Equal(People.Count(p => p.Income is null), values.Single(v => v.Value is null).Count);
        Assert.Equal(People.Count(p => p.Income == 1000.5m), values.Single(v => Equals(v.Value, 1000.5m)).Count);
    }

    private List<string> Walk(RowsRequest request)
    {
        var seen = new List<string>();
        var page = Query(request);
        seen.AddRange(page.Rows.Select(r => (string)r[0]!));
        for (var guard = 0; page.Next is not null && guard < 2_000; guard++)
        {
            page = Query(request with { After = page.Next });
            seen.AddRange(page.Rows.Select(r => (string)r[0]!));
        }

        return seen;
    }

    private RowsPage Query(RowsRequest request) => RowsReader.Query(version.Connection, version.Path, SampleVersion.Columns, request);

    private static readonly Dictionary<string, Func<SampleVersion.Person, bool>> Expectations = new(StringComparer.Ordinal)
    {
        ["性别 = '男'"] = p => p.Sex == "男",
        ["性别 != '男'"] = p => p.Sex != "男",
        ["月收入 < 3000"] = p => p.Income < 3000,
        ["月收入 <= 3000.5"] = p => p.Income <= 3000.5m,
        ["出生日期 > '1990-01-01'"] = p => p.Birth > new DateOnly(1990, 1, 1),
        ["出生日期 >= '1990-01-01'"] = p => p.Birth >= new DateOnly(1990, 1, 1),
        ["月收入 in (1000.5, 2000.5)"] = p => p.Income is 1000.5m or 2000.5m,
        ["月收入 not in (1000.5, 2000.5)"] = p => p.Income is not null and not (1000.5m or 2000.5m),
        ["姓名 like '张%'"] = p => p.Name?.StartsWith('张') == true,
        ["姓名 not like '_伟'"] = p => p.Name is not null && !(p.Name.Length == 2 && p.Name[1] == '伟'),
        ["姓名 is null"] = p => p.Name is null,
        ["出生日期 is not null"] = p => p.Birth is not null,
        ["是否在职 = false"] = p => !p.Employed,
        ["性别 = '男' or 月收入 > 8000 and 是否在职 = true"] = p => p.Sex == "男" || (p.Income > 8000 && p.Employed),
        ["(性别 = '男' or 月收入 > 8000) and 是否在职 = true"] = p => (p.Sex == "男" || p.Income > 8000) && p.Employed,
        ["not (性别 = '男' or 月收入 > 8000)"] = p => p.Income is not null && !(p.Sex == "男" || p.Income > 8000),
        ["姓名 = '''; DROP TABLE t; --'"] = p => p.Name == "'; DROP TABLE t; --",
    };
}
