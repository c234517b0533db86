using Zhongyuan.Ingest.Pull;

namespace Zhongyuan.Tests.Ingest.Pull;

public sealed class PullQueryTests
{
    [Theory]
    [InlineData("select * from 人口", "select * from 人口")]
    [InlineData("  SELECT 1;  ", "SELECT 1")]
    [InlineData("with t as (select 1 as a) select a from t", "with t as (select 1 as a) select a from t")]
    [InlineData("select ';' as a, \"x;y\" from t -- trailing; comment", "select ';' as a, \"x;y\" from t -- trailing; comment")]
    [InlineData("select 'it''s; fine' /* a; b */ from t", "select 'it''s; fine' /* a; b */ from t")]
    public void Check_SingleSelect_Accepted(string query, string expected)
    {
        var (normalised, error) = PullQuery.Check(query);

        Assert.Null(error);
        Assert.Equal(expected, normalised);
    }

    [Theory]
    [InlineData("select 1; drop table x", "multiple_statements")]
    [InlineData("select 'a'; delete from t", "multiple_statements")]
    [InlineData("drop table x", "not_select")]
    [InlineData("delete from t", "not_select")]
    [InlineData("", "required")]
    [InlineData(null, "required")]
    public void Check_NotOneSelect_Refused(string? query, string code)
    {
        var (normalised, error) = PullQuery.Check(query);

        Assert.Null(normalised);
        Assert.Equal(code, error?.Code);
        Assert.Equal("query", error?.Field);
    }

    [Fact]
    public void Validate_PostgresSourceWithTwoStatements_QueryErrorInChineseAndEnglish()
    {
        var (source, errors) = PullSourceRules.Validate(new PullSource
        {
            ResourceCode = "x", Kind = PullKind.Postgres, Connection = "postgres://zy:pw@127.0.0.1/db", Query = "select 1; drop table x",
        });

        Assert.Null(source);
        var error = Assert.Single(errors);
        Assert.Contains("分号", error.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("semicolon", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadUrlAndHeaderWithoutValue_BothReported()
    {
        var (source, errors) = PullSourceRules.Validate(new PullSource { ResourceCode = "x", Kind = PullKind.Http, Url = "ftp://h/a.csv", HeaderName = "X-Api-Key" });

        Assert.Null(source);
        Assert.Equal(["url", "header.value"], errors.Select(e => e.Field));
    }
}
