using DuckDB.NET.Data;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest;

namespace Zhongyuan.Tests.Ingest.Query;

/// <summary>A 1,000-row version written to Parquet in a temp directory, with its rows kept in memory for expectations.</summary>
public sealed class SampleVersion : IDisposable
{
    public const int RowCount = 1_000;

    public SampleVersion()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("zy-query-").FullName;
        Path = System.IO.Path.Combine(Directory, "版本 1 's.parquet");
        Rows = [.. Enumerable.Range(1, RowCount).Select(Person.Of)];
        Connection = new DuckDBConnection("DataSource=:memory:");
        Connection.Open();
        Write();
    }

    public string Directory { get; }

    public string Path { get; }

    public DuckDBConnection Connection { get; }

    public IReadOnlyList<Person> Rows { get; }

    public static IReadOnlyList<IngestColumn> Columns { get; } =
    [
        new("公民身份号码", ItemDataType.Text, true),
        new("姓名", ItemDataType.Text, false),
        new("性别", ItemDataType.Text, false),
        new("出生日期", ItemDataType.Date, false),
        new("月收入", ItemDataType.Decimal, false),
        new("是否在职", ItemDataType.Boolean, false),
    ];

    public void Dispose()
    {
        Connection.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private void Write()
    {
        Execute("CREATE TABLE t (公民身份号码 VARCHAR, 姓名 VARCHAR, 性别 VARCHAR, 出生日期 DATE, 月收入 DECIMAL(38,10), 是否在职 BOOLEAN, _zy_row BIGINT)");
        using (var appender = Connection.CreateAppender("t"))
        {
            foreach (var p in Rows)
            {
                appender.CreateRow().AppendValue(p.Id).AppendValue(p.Name).AppendValue(p.Sex).AppendValue(p.Birth)
                    .AppendValue(p.Income).AppendValue(p.Employed).AppendValue(p.Row).EndRow();
            }
        }

        Execute($"COPY (SELECT * FROM t ORDER BY _zy_row) TO '{Path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT PARQUET, COMPRESSION ZSTD)");
        Execute("DROP TABLE t");
    }

    private void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public sealed record Person(string Id, string? Name, string Sex, DateOnly? Birth, decimal? Income, bool Employed, long Row)
    {
        private static readonly string[] Surnames = ["张", "王", "李", "赵"];
        private static readonly string[] Given = ["伟", "芳", "娜"];

        public static Person Of(int i)
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(i * 17 % 15_000);
            var name = i switch
            {
                7 => "=HYPERLINK(\"http://x\")",
                8 => "王\"五,六\n七",
                9 => "-5",
                10 => "'; DROP TABLE t; --",
                _ when i % 50 == 0 => null,
                _ => Surnames[i % 4] + Given[i % 3],
            };
            return new Person(
                "410102" + birth.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                name,
                i % 2 == 0 ? "女" : "男",
                i % 97 == 0 ? null : birth,
                i % 89 == 0 ? null : (i % 10 * 1000) + 0.5m,
                i % 3 != 0,
                i);
        }
    }
}
