using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Zhongyuan.Tests.Api;

public sealed class DataApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    private async Task<JsonElement> ResourceAsync(Func<JsonElement, bool> match)
    {
        var page = await factory.CreateAdminClient().GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        return page.GetProperty("items").EnumerateArray().First(match);
    }

    private Task<JsonElement> PopulationAsync() =>
        ResourceAsync(r => r.GetProperty("metadata").GetProperty("name").GetString() == "人口基本信息");

    private Task<JsonElement> OpenResourceAsync() =>
        ResourceAsync(r => r.GetProperty("metadata").GetProperty("openType").GetString() == "unconditional");

    [Fact]
    public async Task Upload_Csv_JobSucceedsAndRowsAreQueryable()
    {
        var admin = factory.CreateAdminClient();
        var resource = await PopulationAsync();
        var code = resource.GetProperty("code").GetString()!;

        var job = await Jobs.WaitAsync(admin, await Uploads.PostAsync(admin, code, Uploads.CsvFor(resource, 40, (r, c) => c == "公民身份号码" ? $"41010519900101{r:0000}" : null)));

        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.Equal(40, job.GetProperty("rowsRead").GetInt64());
        Assert.Equal(1.0, job.GetProperty("progress").GetDouble());
        var rows = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/rows?filter={Uri.EscapeDataString("公民身份号码 = '410105199001010007'")}");
        Assert.Single(rows.GetProperty("rows").EnumerateArray());
        Assert.Equal("公民身份号码", rows.GetProperty("columns")[0].GetProperty("name").GetString());
        var count = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/rows/count");
        Assert.Equal(40, count.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Upload_Multipart_Accepted()
    {
        var admin = factory.CreateAdminClient();
        var resource = await OpenResourceAsync();
        var code = resource.GetProperty("code").GetString()!;
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(Uploads.CsvFor(resource, 12))), "file", "上传.csv");

        var response = await admin.PostAsync($"/api/v1/resources/{code}/data", form);
        var job = await Jobs.WaitAsync(admin, await JsonBodies.ReadAsync(response));

        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.Equal("上传.csv", job.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Rows_NotOpenResourceAnonymously_NotFound()
    {
        var code = (await PopulationAsync()).GetProperty("code").GetString();

        var response = await factory.CreateClient().GetAsync($"/api/v1/resources/{code}/rows");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Rows_OpenResourceAnonymously_ReadableAndExportable()
    {
        var admin = factory.CreateAdminClient();
        var resource = await OpenResourceAsync();
        var code = resource.GetProperty("code").GetString()!;
        await Jobs.WaitAsync(admin, await Uploads.PostAsync(admin, code, Uploads.CsvFor(resource, 30)));
        var anonymous = factory.CreateClient();

        var page = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/rows?limit=10");
        var csv = await anonymous.GetAsync($"/api/v1/resources/{code}/data/export?format=csv&encoding=utf-8-bom");
        var xlsx = await anonymous.GetAsync($"/api/v1/resources/{code}/data/export?format=xlsx");

        Assert.Equal(10, page.GetProperty("rows").GetArrayLength());
        Assert.NotNull(page.GetProperty("next").GetString());
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(31, Encoding.UTF8.GetString(bytes).Trim().Split('\n').Length);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task Rows_BadFilter_ProblemNamesTheField()
    {
        var admin = factory.CreateAdminClient();
        var resource = await OpenResourceAsync();
        var code = resource.GetProperty("code").GetString()!;
        await Jobs.WaitAsync(admin, await Uploads.PostAsync(admin, code, Uploads.CsvFor(resource, 5)));

        var response = await admin.GetAsync($"/api/v1/resources/{code}/rows?filter={Uri.EscapeDataString("不存在的列 = 1")}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonBodies.ReadAsync(response)).GetProperty("errors")[0];
        Assert.Equal("unknown_column", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Upload_Anonymous_Unauthorized()
    {
        var code = (await PopulationAsync()).GetProperty("code").GetString();

        var response = await factory.CreateClient().PostAsync($"/api/v1/resources/{code}/data?filename=a.csv", new StringContent("a\n1\n"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Upload_TooManyRejects_FailsKeepsPreviousAndOffersReport()
    {
        var admin = factory.CreateAdminClient();
        var resource = await ResourceAsync(r => r.GetProperty("metadata").GetProperty("items").EnumerateArray().Any(i => i.GetProperty("dataType").GetString() == "date")
            && r.GetProperty("metadata").GetProperty("name").GetString() != "人口基本信息");
        var code = resource.GetProperty("code").GetString()!;
        var dateItem = resource.GetProperty("metadata").GetProperty("items").EnumerateArray().First(i => i.GetProperty("dataType").GetString() == "date").GetProperty("name").GetString();
        await Jobs.WaitAsync(admin, await Uploads.PostAsync(admin, code, Uploads.CsvFor(resource, 10)));
        var before = await admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/resources/{code}/data/versions");

        var job = await Jobs.WaitAsync(admin, await Uploads.PostAsync(admin, code, Uploads.CsvFor(resource, 10, (r, c) => c == dateItem && r <= 5 ? "某天" : null)));

        Assert.Equal("failed", job.GetProperty("state").GetString());
        Assert.Contains("50%", job.GetProperty("error").GetString(), StringComparison.Ordinal);
        var after = await admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/resources/{code}/data/versions");
        Assert.Equal(before!.Length, after!.Length);
        var report = await admin.GetStringAsync($"/api/v1/jobs/{job.GetProperty("id").GetString()}/rejects");
        Assert.Contains("某天", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_TwoFullLoads_CountsByKey()
    {
        var admin = factory.CreateAdminClient();
        var resource = await ResourceAsync(r => r.GetProperty("metadata").GetProperty("name").GetString() == "企业登记注册信息");
        var code = resource.GetProperty("code").GetString()!;
        var key = resource.GetProperty("metadata").GetProperty("items").EnumerateArray().First(i => i.GetProperty("isKey").GetBoolean()).GetProperty("name").GetString();
        var v1 = await Jobs.WaitAsync(admin, await Uploads.PostAsync(admin, code, Uploads.CsvFor(resource, 10, (r, c) => c == key ? $"K{r:000}" : null)));
        var v2 = await Jobs.WaitAsync(admin, await Uploads.PostAsync(admin, code, Uploads.CsvFor(resource, 12, (r, c) => c == key ? $"K{r + 2:000}" : null)));

        var diff = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/v1/resources/{code}/data/diff?from={v1.GetProperty("version").GetInt32()}&to={v2.GetProperty("version").GetInt32()}");

        Assert.Equal(4, diff.GetProperty("inserted").GetInt64());
        Assert.Equal(2, diff.GetProperty("deleted").GetInt64());
        Assert.Equal(8, diff.GetProperty("updated").GetInt64());
    }
}
