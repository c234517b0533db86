using Npgsql;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Pull;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Ingest.Pull;

public sealed class PullRunnerTests
{
    private const string Csv = "公民身份号码,姓名,性别,出生日期,户籍地址\n410105199001010011,张三,男,2017年4月8日,河南省郑州市金水区\n410105199001010022,李四,女,1990-01-02,河南省开封市\n";

    private static RowsPage Read(PullFixture f, DatasetVersion v)
    {
        using var duck = DataPlane.OpenReader();
        return RowsReader.Query(duck, f.Plane.Full(v.File), v.Columns, new RowsRequest(Limit: 1000));
    }

    private static async Task<string> SourceDatabaseAsync()
    {
        var connection = await PostgresCluster.Shared.CreateDatabaseAsync("pullsrc");
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand("""
            CREATE TABLE 户籍人口 (公民身份号码 text, 姓名 text, 性别 text, 出生日期 date, 户籍地址 text);
            INSERT INTO 户籍人口 SELECT '41010519900101' || lpad(i::text, 4, '0'), '王' || i, CASE WHEN i % 2 = 0 THEN '女' ELSE '男' END,
                   date '1990-01-01' + i, '河南省郑州市二七区' || i || '号' FROM generate_series(1, 250) i;
            """, c);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    [Fact]
    public async Task RunAsync_PostgresQuery_RowsLoadedAsVersion()
    {
        await using var f = await PullFixture.CreateAsync();
        var source = f.Source(PullKind.Postgres) with
        {
            Connection = await SourceDatabaseAsync(), Query = "select * from 户籍人口 where 户籍地址 like '%二七区%' order by 公民身份号码",
        };
        await f.Sources.SaveAsync(source);

        var job = await f.WaitAsync(await f.Runner.RunAsync(source, f.Resource, "steward"));

        Assert.Equal(LoadState.Succeeded, job.State);
        var version = (await f.Datasets.FindVersionAsync(f.Resource.Code, null))!;
        Assert.Equal(250, version.RowCount);
        var first = Read(f, version).Rows[0];
        Assert.Equal("王1", first[1]);
        Assert.Equal(new DateOnly(1990, 1, 2), first[3]);
        var stored = await f.Sources.FindAsync(f.Resource.Code);
        Assert.Equal(job.Id, stored!.LastJobId);
        Assert.Equal(stored.LastRunAt!.Value.AddDays(1), stored.NextRunAt);
    }

    [Fact]
    public async Task RunAsync_PostgresQueryWritingData_FailsInReadOnlyTransaction()
    {
        await using var f = await PullFixture.CreateAsync();
        var connection = await SourceDatabaseAsync();
        var source = f.Source(PullKind.Postgres) with
        {
            Connection = connection, Query = "with gone as (delete from 户籍人口 returning *) select * from gone",
        };

        var job = await f.WaitAsync(await f.Runner.RunAsync(source, f.Resource, "steward"));

        Assert.Equal(LoadState.Failed, job.State);
        Assert.Contains("源数据库", job.Error!.Zh, StringComparison.Ordinal);
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from 户籍人口", c);
        Assert.Equal(250L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task RunAsync_HttpCsv_RowsLoadedAndHeaderSent()
    {
        await using var f = await PullFixture.CreateAsync();
        await using var server = new LoopbackHttpServer(Csv, "text/csv; charset=utf-8");
        var source = f.Source(PullKind.Http) with { Url = server.BaseUrl + "people?token=1", HeaderName = "X-Api-Key", HeaderValue = "k3y" };

        var job = await f.WaitAsync(await f.Runner.RunAsync(source, f.Resource, "steward"));

        Assert.Equal(LoadState.Succeeded, job.State);
        Assert.Equal(server.BaseUrl + "people?token=1", job.Source);
        Assert.Equal("k3y", server.LastHeaders?["X-Api-Key"]);
        var version = (await f.Datasets.FindVersionAsync(f.Resource.Code, null))!;
        Assert.Equal(2, version.RowCount);
        Assert.Equal("李四", Read(f, version).Rows[1][1]);
    }

    [Fact]
    public async Task RunAsync_HttpJson_LoadedAsJson()
    {
        await using var f = await PullFixture.CreateAsync();
        await using var server = new LoopbackHttpServer("""[{"公民身份号码":"410105199001010011","姓名":"张三","性别":"男","出生日期":"2017-04-08","户籍地址":"郑州"}]""", "application/json");

        var job = await f.WaitAsync(await f.Runner.RunAsync(f.Source(PullKind.Http) with { Url = server.BaseUrl + "api" }, f.Resource, "steward"));

        Assert.Equal(LoadState.Succeeded, job.State);
        Assert.Equal(1, job.RowsRead);
    }

    [Fact]
    public async Task RunAsync_HttpNotFound_FailedJobWithStatus()
    {
        await using var f = await PullFixture.CreateAsync();
        await using var server = new LoopbackHttpServer("no such data", "text/plain", 404);

        var job = await f.RunFailedAsync(server.BaseUrl + "missing.csv");

        Assert.Contains("404", job.Error!.Zh, StringComparison.Ordinal);
        Assert.Contains("404", job.Error.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnreachableUrl_FailedJobWithReasonAndNoStaging()
    {
        await using var f = await PullFixture.CreateAsync();

        var job = await f.RunFailedAsync("http://127.0.0.1:1/data.csv");

        Assert.Contains("无法访问数据地址", job.Error!.Zh, StringComparison.Ordinal);
        Assert.NotNull(job.FinishedAt);
        Assert.Empty(Directory.EnumerateDirectories(f.Plane.StagingRoot));
        Assert.Equal(LoadState.Failed, (await f.Datasets.FindJobAsync(job.Id))!.State);
    }

    [Fact]
    public async Task RunDueAsync_DueSource_RunsOnceAndReschedules()
    {
        await using var f = await PullFixture.CreateAsync();
        await using var server = new LoopbackHttpServer(Csv, "text/csv");
        var now = TimeProvider.System.GetUtcNow();
        await f.Sources.SaveAsync(f.Source(PullKind.Http) with { Url = server.BaseUrl + "a.csv", NextRunAt = now.AddMinutes(1) });

        var early = await f.Runner.RunDueAsync(now);
        var due = await f.Runner.RunDueAsync(now.AddMinutes(1));

        Assert.Empty(early);
        var job = await f.WaitAsync(Assert.Single(due));
        Assert.Equal(LoadState.Succeeded, job.State);
        Assert.Equal(PullRunner.SchedulerActor, job.CreatedBy);
        Assert.True((await f.Sources.FindAsync(f.Resource.Code))!.NextRunAt > now.AddHours(23));
    }
}
