using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Binding;
using Zhongyuan.Ingest.Conversion;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// <see cref="ConversionSql"/> on an in-memory DuckDB staging table of six VARCHAR columns (integer, text,
/// date in four formats, decimal, timestamp, boolean) with about 0.1% bad values. Rows from <c>--count</c>
/// (default 1,000,000). Run with <c>-- conversion [--count N]</c>; rows/s = count / mean.
/// </summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    private static readonly InformationItem[] Items =
    [
        new("编号", ItemDataType.Integer, IsKey: true), new("姓名", ItemDataType.Text, 20), new("出生日期", ItemDataType.Date),
        new("金额", ItemDataType.Decimal), new("登记时间", ItemDataType.Timestamp), new("是否有效", ItemDataType.Boolean),
    ];

    private DuckDBConnection? _connection;
    private string _converted = "";
    private string _accepted = "";
    private string _rejects = "";

    /// <summary>The number of staged rows (from <c>--count</c>, via an environment variable).</summary>
    public static int Count => int.TryParse(Environment.GetEnvironmentVariable("ZY_BENCH_COUNT"), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;

    [GlobalSetup]
    public void Setup()
    {
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        Execute(StagingSql(Count));
        var binding = ColumnBinder.Bind(Items.Select(i => i.Name).ToList(), Items);
        var columns = Items.Select(i => new IngestColumn(i.Name, i.DataType, i.IsKey)).ToList();
        _converted = ConversionSql.SelectConverted("staging", binding, columns);
        _accepted = ConversionSql.SelectAccepted("staging", binding, columns);
        _rejects = ConversionSql.SelectRejects("staging", binding, columns);
    }

    [GlobalCleanup]
    public void Cleanup() => _connection?.Dispose();

    /// <summary>Every row converted into a table (failed values NULL).</summary>
    [Benchmark(Baseline = true)]
    public long Converted() => Materialise(_converted);

    /// <summary>The rows without a rejected value converted into a table.</summary>
    [Benchmark]
    public long Accepted() => Materialise(_accepted);

    /// <summary>The reject rows, counted.</summary>
    [Benchmark]
    public long Rejects() => Scalar($"SELECT count(*) FROM ({_rejects})");

    /// <summary>The floor: the staging table copied as it is.</summary>
    [Benchmark]
    public long CopyOnly() => Materialise("SELECT * FROM staging");

    private long Materialise(string select)
    {
        Execute($"CREATE OR REPLACE TABLE converted AS {select}");
        return Scalar("SELECT count(*) FROM converted");
    }

    private static string StagingSql(int count) => $"""
        CREATE TABLE staging AS
        SELECT i AS _zy_src_row,
          CASE WHEN i % 1000 = 7 THEN 'x' || i WHEN i % 10 = 0 THEN translate(CAST(i AS VARCHAR), '0123456789', '０１２３４５６７８９') ELSE CAST(i AS VARCHAR) END AS "编号",
          '张' || (i % 997) || ' ' AS "姓名",
          CASE i % 4 WHEN 0 THEN strftime(d, '%Y-%m-%d') WHEN 1 THEN strftime(d, '%Y年%-m月%-d日') WHEN 2 THEN strftime(d, '%Y%m%d') ELSE strftime(d, '%Y/%-m/%-d') END AS "出生日期",
          CASE WHEN i % 5 = 0 THEN '1,234.50' WHEN i % 1000 = 9 THEN '12%' ELSE CAST(i * 1.25 AS VARCHAR) END AS "金额",
          CASE i % 2 WHEN 0 THEN strftime(t, '%Y-%m-%d %H:%M:%S') ELSE strftime(t, '%Y-%m-%dT%H:%M') END AS "登记时间",
          ['是', '否', 'true', '0', ''][i % 5 + 1] AS "是否有效"
        FROM (SELECT i, DATE '1950-01-01' + CAST(i % 20000 AS INTEGER) AS d, TIMESTAMP '2020-01-01' + INTERVAL (i) SECOND AS t
              FROM range(1, {count} + 1) AS r(i)) AS g
        """;

    private void Execute(string sql)
    {
        using var command = _connection!.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var command = _connection!.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
