using DuckDB.NET.Data;
using Zhongyuan.Governance;

namespace Zhongyuan.Tests.Governance;

/// <summary>The SQL shortcut of the ID-agrees cross rule answers as the function does on every kind of row.</summary>
public sealed class IdAgreesShortcutTests
{
    [Fact]
    public void IdAgrees_Shortcut_SameAnswerAsTheFunction()
    {
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        GovernanceFunctions.Register(duck, new GovernancePlan([], []), new DateOnly(2026, 11, 30));
        string[] ids = ["11010519491231002X", "110105194912310021", "11010519491231002x", "110105491231002", "110105194912310029", null!, "abc", "４１０１０５１９９００１０１１２３４"];
        string[] births = ["1949-12-31", "1949-12-30", "19491231", "1949-1-31", null!, "bad"];
        string[] sexes = ["女", "男", " 女 ", "F", "male", "2", "1", "未知", null!, "\t女"];
        var rows = from i in ids from b in births from s in sexes select (i, b, s);
        using (var create = duck.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (id VARCHAR, birth VARCHAR, sex VARCHAR)";
            create.ExecuteNonQuery();
        }
        using (var appender = duck.CreateAppender("t"))
        {
            foreach (var (i, b, s) in rows)
            {
                appender.CreateRow().AppendValue(i).AppendValue(b).AppendValue(s).EndRow();
            }
        }
        using var c = duck.CreateCommand();
        c.CommandText = $"SELECT count(*), count(*) FILTER (WHERE ({Zhongyuan.Governance.Quality.QualityAssessor.IdAgrees("id", "birth", "sex")}) IS NOT DISTINCT FROM " +
            $"{GovernanceFunctions.IdAgrees}(id, birth, sex)), count({GovernanceFunctions.IdAgrees}(id, birth, sex)) FROM t";
        using var reader = c.ExecuteReader();
        reader.Read();

        Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
        Assert.True(reader.GetInt64(2) > 20, "the rows include disagreements");
    }
}
