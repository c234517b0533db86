using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhongyuan.Tests.Ingest.Pull;

namespace Zhongyuan.Tests.Api;

public sealed class PullApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    private async Task<(HttpClient Admin, string Code)> PopulationAsync()
    {
        var admin = factory.CreateAdminClient();
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var code = page.GetProperty("items").EnumerateArray()
            .First(r => r.GetProperty("metadata").GetProperty("name").GetString() == "人口基本信息").GetProperty("code").GetString()!;
        return (admin, code);
    }

    private static async Task<JsonElement> WaitAsync(HttpClient client, JsonElement job)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (true)
        {
            var current = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job.GetProperty("id").GetString()}");
            if (current.GetProperty("state").GetString() is "succeeded" or "failed" || TimeProvider.System.GetUtcNow() > deadline)
            {
                return current;
            }
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Put_PostgresSource_StoredAndShownMasked()
    {
        var (admin, code) = await PopulationAsync();

        var put = await admin.PutAsJsonAsync($"/api/v1/resources/{code}/pull",
            new { kind = "postgres", connection = "postgres://zy:S3cret-pw@db.example:5433/src", query = "select * from 人口;", enabled = true });
        var shown = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/pull");
        // Sending the masked connection back keeps the stored password.
        var again = await admin.PutAsJsonAsync($"/api/v1/resources/{code}/pull",
            new { kind = "postgres", connection = shown.GetProperty("connection").GetString(), query = "select 姓名 from 人口", enabled = false });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.DoesNotContain("S3cret", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("postgres://zy:****@db.example:5433/src", shown.GetProperty("connection").GetString());
        Assert.Equal("select * from 人口", shown.GetProperty("query").GetString());
        Assert.Equal("每日", shown.GetProperty("schedule").GetString());
        Assert.NotEqual(JsonValueKind.Null, shown.GetProperty("nextRunAt").ValueKind);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var store = factory.Services.GetService(typeof(Zhongyuan.Ingest.Pull.PullSourceStore)) as Zhongyuan.Ingest.Pull.PullSourceStore;
        Assert.Equal("postgres://zy:S3cret-pw@db.example:5433/src", (await store!.FindAsync(code))!.Connection);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/resources/{code}/pull")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/resources/{code}/pull")).StatusCode);
    }

    [Fact]
    public async Task Put_TwoStatements_ValidationProblemOnQuery()
    {
        var (admin, code) = await PopulationAsync();

        var response = await admin.PutAsJsonAsync($"/api/v1/resources/{code}/pull",
            new { kind = "postgres", connection = "postgres://zy:pw@db/src", query = "select 1; drop table x" });
        var problem = await JsonBodies.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("query", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("multiple_statements", problem.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Put_Anonymous_Unauthorized()
    {
        var (_, code) = await PopulationAsync();

        var response = await factory.CreateClient().PutAsJsonAsync($"/api/v1/resources/{code}/pull", new { kind = "http", url = "http://h/a.csv" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Run_HttpSource_JobLoadsRowsQueryable()
    {
        var (admin, code) = await PopulationAsync();
        await using var server = new LoopbackHttpServer(
            "公民身份号码,姓名,性别,出生日期,户籍地址\n410105199001017777,赵六,男,2001-02-03,河南省洛阳市\n", "text/csv");
        await admin.PutAsJsonAsync($"/api/v1/resources/{code}/pull",
            new { kind = "http", url = server.BaseUrl + "people.csv", header = new { name = "Authorization", value = "Bearer k3y" } });

        var response = await admin.PostAsync($"/api/v1/resources/{code}/pull/run", null);
        var job = await WaitAsync(admin, await JsonBodies.ReadAsync(response));
        var shown = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/pull");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.Equal("Bearer k3y", server.LastHeaders?["Authorization"]);
        Assert.Equal("****", shown.GetProperty("headerValue").GetString());
        Assert.Equal(job.GetProperty("id").GetString(), shown.GetProperty("lastJobId").GetString());
        var rows = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/rows?filter={Uri.EscapeDataString("姓名 = '赵六'")}");
        Assert.Single(rows.GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task Run_UnreachableUrl_FailedJobWithReason()
    {
        var (admin, code) = await PopulationAsync();
        await admin.PutAsJsonAsync($"/api/v1/resources/{code}/pull", new { kind = "http", url = "http://127.0.0.1:1/data.csv" });

        var response = await admin.PostAsync($"/api/v1/resources/{code}/pull/run?lang=en", null);
        var job = await JsonBodies.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("failed", job.GetProperty("state").GetString());
        Assert.Contains("Could not reach the URL", job.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
