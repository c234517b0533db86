using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Zhongyuan.Tests.Api;

public sealed class QualityApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    private const int Rows = 20;

    /// <summary>Loads 20 rows into the demo's 人口基本信息, whose ID numbers are all malformed (flagged, not rejected).</summary>
    private async Task<(string Code, long Provider)> LoadedPopulationAsync()
    {
        var admin = factory.CreateAdminClient();
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var resource = page.GetProperty("items").EnumerateArray().First(r => r.GetProperty("metadata").GetProperty("name").GetString() == "人口基本信息");
        var code = resource.GetProperty("code").GetString()!;
        await Uploads.LoadAsync(admin, code, Uploads.CsvFor(resource, Rows, (r, c) => c == "公民身份号码" ? WrongCheck(r) : null));
        return (code, resource.GetProperty("provider").GetProperty("id").GetInt64());
    }

    /// <summary>A well-formed ID number whose check character is wrong.</summary>
    private static string WrongCheck(int r)
    {
        var first17 = $"41010519900101{r:000}";
        var check = Zhongyuan.Identifiers.ResidentIdNumber.ComputeCheckCharacter(first17);
        return first17 + (check == '0' ? '1' : '0');
    }

    private static int RuleIndex(JsonElement quality, string rule) =>
        quality.GetProperty("rules").EnumerateArray().First(r => r.GetProperty("rule").GetString()!.Contains(rule, StringComparison.Ordinal)).GetProperty("index").GetInt32();

    [Fact]
    public async Task Quality_AfterLoad_ScoresPerDimensionAndRuleOutcomes()
    {
        var (code, _) = await LoadedPopulationAsync();

        var quality = await factory.CreateAdminClient().GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/quality");

        var dimensions = quality.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("dimension").GetString()!, d => d);
        Assert.Equal(["completeness", "validity", "uniqueness", "consistency", "timeliness"], dimensions.Keys);
        Assert.Equal("有效性", dimensions["validity"].GetProperty("label").GetString());
        Assert.Equal(0.0, dimensions["validity"].GetProperty("score").GetDouble());
        var idRule = quality.GetProperty("rules").EnumerateArray().First(r => r.GetProperty("rule").GetString()!.Contains("id_number", StringComparison.Ordinal));
        Assert.Equal(Rows, idRule.GetProperty("failedRows").GetInt64());
        Assert.True(quality.GetProperty("overall").GetDouble() is > 0 and < 100);
    }

    [Fact]
    public async Task Quality_English_LabelsInEnglish()
    {
        var (code, _) = await LoadedPopulationAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/resources/{code}/quality");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var quality = await JsonBodies.ReadAsync(await factory.CreateAdminClient().SendAsync(request));

        Assert.Equal("Validity", quality.GetProperty("dimensions")[1].GetProperty("label").GetString());
    }

    [Fact]
    public async Task History_TwoLoads_SeriesOfTwoOldestFirst()
    {
        var (code, _) = await LoadedPopulationAsync();
        await LoadedPopulationAsync();

        var history = await factory.CreateAdminClient().GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/quality/history");

        var versions = history.GetProperty("series").EnumerateArray().Select(p => p.GetProperty("version").GetInt32()).ToList();
        Assert.True(versions.Count >= 2);
        Assert.Equal(versions.Order(), versions);
    }

    [Fact]
    public async Task Failures_OfIdRule_ListedWithRowsAndExportedAsCsv()
    {
        var (code, _) = await LoadedPopulationAsync();
        var admin = factory.CreateAdminClient();
        var quality = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/quality");
        var rule = RuleIndex(quality, "id_number");

        var failures = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/quality/failures?rule={rule}&limit=5");
        var export = await admin.GetAsync($"/api/v1/resources/{code}/quality/failures/export?rule={rule}");

        Assert.Equal(Rows, failures.GetProperty("total").GetInt64());
        Assert.Equal(5, failures.GetProperty("rows").GetArrayLength());
        Assert.Equal("id_number.bad_check_character", failures.GetProperty("rows")[0][1].GetString());
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(Rows + 1, Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Failures_Anonymous_NotReadable()
    {
        var (code, _) = await LoadedPopulationAsync();

        var response = await factory.CreateClient().GetAsync($"/api/v1/resources/{code}/quality/failures");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Assess_WithoutToken_Unauthorized_WithAdmin_Reassessed()
    {
        var (code, _) = await LoadedPopulationAsync();

        var anonymous = await factory.CreateClient().PostAsync($"/api/v1/resources/{code}/quality/assess", null);
        var admin = await factory.CreateAdminClient().PostAsync($"/api/v1/resources/{code}/quality/assess", null);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(Rows, (await JsonBodies.ReadAsync(admin)).GetProperty("rows").GetInt64());
    }

    [Fact]
    public async Task Ranking_Province_ProviderRankedWithLeagueTable()
    {
        var (code, provider) = await LoadedPopulationAsync();
        var client = factory.CreateClient();

        var ranking = await client.GetFromJsonAsync<JsonElement>("/api/v1/quality/ranking?level=province");
        var department = await client.GetFromJsonAsync<JsonElement>($"/api/v1/departments/{provider}/quality");
        var bad = await client.GetAsync("/api/v1/quality/ranking?level=planet");

        var row = ranking.EnumerateArray().First(r => r.GetProperty("departmentId").GetInt64() == provider);
        Assert.True(row.GetProperty("rank").GetInt32() >= 1);
        Assert.Contains(department.GetProperty("resources").EnumerateArray(), r => r.GetProperty("code").GetString() == code);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Library_RulesAndDataElements_Listed()
    {
        var client = factory.CreateClient();

        var rules = await client.GetFromJsonAsync<JsonElement>("/api/v1/governance/rules");
        var elements = await client.GetFromJsonAsync<JsonElement>("/api/v1/governance/data-elements");

        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("code").GetString() == "id_number" && r.GetProperty("label").GetString() == "公民身份号码校验");
        Assert.Contains(elements.EnumerateArray(), e => e.GetProperty("code").GetString() == "DE00001");
    }

    [Fact]
    public async Task Quality_NoData_NotFoundWithReason()
    {
        var page = await factory.CreateAdminClient().GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var codes = page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList();
        var admin = factory.CreateAdminClient();
        foreach (var code in codes)
        {
            var response = await admin.GetAsync($"/api/v1/resources/{code}/quality");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                Assert.Contains("还没有数据", (await JsonBodies.ReadAsync(response)).GetProperty("title").GetString(), StringComparison.Ordinal);
                return;
            }
        }
        Assert.Fail("every demo resource has data: " + codes.Count.ToString(CultureInfo.InvariantCulture));
    }
}
