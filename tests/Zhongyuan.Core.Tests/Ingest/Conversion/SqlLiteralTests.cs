using Zhongyuan.Ingest.Conversion;

namespace Zhongyuan.Tests.Ingest.Conversion;

public sealed class SqlLiteralTests
{
    [Fact]
    public void OneOf_AnswersAsInDoes_NullForNull()
    {
        string[] words = ["", "NULL", "n/a", "无", "it's"];
        using var db = new StagingDatabase("s", ["v"], new[] { "NULL", "null", "", "无", "无效", "it's", "n/a ", null }.Select(v => new[] { v }));

        var rows = db.Query($"SELECT CAST({SqlLiteral.OneOf("v", words)} AS VARCHAR), CAST(v IN ({string.Join(", ", words.Select(SqlLiteral.Of))}) AS VARCHAR) FROM s ORDER BY _zy_src_row");

        Assert.Equal(["true", "false", "true", "true", "false", "true", "false", null], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(r[1], r[0]));
    }
}
