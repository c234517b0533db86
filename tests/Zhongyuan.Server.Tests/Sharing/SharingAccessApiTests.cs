using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Audit;
using Zhongyuan.Sharing;

namespace Zhongyuan.Tests.Sharing;

public sealed class SharingAccessApiTests(SharingFixture f) : IClassFixture<SharingFixture>
{
    private string Rows => $"/api/v1/resources/{f.Code}";

    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("/rows")]
    [InlineData("/rows/count")]
    [InlineData("/rows/distinct?column=姓名")]
    [InlineData("/data/profile")]
    [InlineData("/data/export?format=csv")]
    [InlineData("/data/versions")]
    [InlineData("/data/diff?from=1&to=1")]
    public async Task Get_NoGrant_ForbiddenNamingResource(string path)
    {
        var response = await f.App(2001).GetAsync(Rows + path);
        var english = await f.App(2001).GetAsync(Rows + path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var title = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!;
        Assert.Contains(f.Code, title, StringComparison.Ordinal);
        Assert.Contains("授权", title, StringComparison.Ordinal);
        Assert.Contains("grant", (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_SuspendedOrExpiredGrant_Forbidden()
    {
        f.Grant(201, application: 2002, status: GrantStatus.Suspended);
        f.Grant(202, application: 2003, endsAt: f.Time.GetUtcNow().AddMinutes(-1));

        Assert.Equal(HttpStatusCode.Forbidden, (await f.App(2002).GetAsync(Rows + "/rows")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await f.App(2003).GetAsync(Rows + "/rows")).StatusCode);
    }

    [Fact]
    public async Task Rows_NonGrantedItem_ForbiddenNamingIt()
    {
        f.Grant(203, application: 2004, items: ["姓名", "行政区划代码"]);
        var app = f.App(2004);

        var select = await app.GetAsync(Rows + "/rows?select=姓名,备注,住址");
        var distinct = await app.GetAsync(Rows + "/rows/distinct?column=备注");
        var export = await app.GetAsync(Rows + "/data/export?select=公民身份号码");
        var page = await OkJson(await app.GetAsync(Rows + "/rows?limit=1"));

        Assert.Equal(HttpStatusCode.Forbidden, select.StatusCode);
        var title = (await select.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!;
        Assert.Contains("备注", title, StringComparison.Ordinal);
        Assert.Contains("住址", title, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, distinct.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Equal(["姓名", "行政区划代码"], page.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Rows_GrantRowFilter_OnlyScopedRows()
    {
        f.Grant(204, application: 2005, rowFilter: "行政区划代码 = '410105'");
        var app = f.App(2005);

        var count = await OkJson(await app.GetAsync(Rows + "/rows/count"));
        var page = await OkJson(await app.GetAsync(Rows + "/rows?select=行政区划代码&limit=100"));
        var csv = await app.GetStringAsync(Rows + "/data/export?format=csv&select=行政区划代码");

        Assert.Equal(SharingFixture.RowCount / 2, count.GetProperty("count").GetInt64());
        Assert.All(page.GetProperty("rows").EnumerateArray(), r => Assert.Equal("410105", r[0].GetString()));
        Assert.DoesNotContain("410102", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.GetAsync(Rows + "/data/diff?from=1&to=1")).StatusCode);
    }

    [Fact]
    public async Task Pseudonym_TwoRequestsAndTwoGrants_StableWithinGrantDifferentAcross()
    {
        f.Grant(205, application: 2006);
        f.Grant(206, application: 2007);
        async Task<string> FirstAsync(long app) =>
            (await OkJson(await f.App(app).GetAsync(Rows + "/rows?select=社会保障卡号&limit=1"))).GetProperty("rows")[0][0].GetString()!;

        var first = await FirstAsync(2006);
        var again = await FirstAsync(2006);
        var other = await FirstAsync(2007);

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Rows_QuotaUsedUp_TooManyRequestsThenOkNextDay()
    {
        f.Grant(207, application: 2008, quota: 5);
        var app = f.App(2008);

        var first = await OkJson(await app.GetAsync(Rows + "/rows?limit=100"));
        var over = await app.GetAsync(Rows + "/rows?limit=1");
        var english = await app.GetAsync(Rows + "/rows?limit=1&lang=en");
        f.Time.Advance(TimeSpan.FromDays(1));
        var nextDay = await OkJson(await app.GetAsync(Rows + "/rows?limit=2"));
        var export = await app.GetAsync(Rows + "/data/export?format=csv");

        Assert.Equal(5, first.GetProperty("rows").GetArrayLength());
        Assert.Equal((HttpStatusCode)429, over.StatusCode);
        Assert.True(over.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await over.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("配额", problem.GetProperty("title").GetString()!, StringComparison.Ordinal);
        Assert.Equal(5, problem.GetProperty("quota").GetInt64());
        Assert.Contains("quota", (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!, StringComparison.Ordinal);
        Assert.Equal(2, nextDay.GetProperty("rows").GetArrayLength());
        Assert.Equal((HttpStatusCode)429, export.StatusCode);
    }

    [Fact]
    public async Task Rows_Application_AuditedWithGrantItemsAndHashedSubjects()
    {
        var grant = f.Grant(208, application: 2009, rowFilter: "行政区划代码 = '410105'");
        await OkJson(await f.App(2009, department: 77).GetAsync(Rows + "/rows?select=姓名&limit=3&filter=" + Uri.EscapeDataString("姓名 = '张**'")));
        await f.App(2010).GetAsync(Rows + "/rows");
        var audit = f.Services.GetRequiredService<AuditLog>();
        await audit.FlushAsync();
        var trail = f.Services.GetRequiredService<AuditTrail>();

        var events = (await trail.QueryAsync(new AuditQuery(ResourceCode: f.Code, Action: AuditActions.RowsQuery), limit: 1000)).Items;
        var uses = await trail.SubjectUsesAsync(f.Raw["公民身份号码"][1]);
        var outside = await trail.SubjectUsesAsync(f.Raw["公民身份号码"][0]);

        var ok = Assert.Single(events, e => e.GrantId == grant.Id);
        Assert.Equal(2009, ok.ApplicationId);
        Assert.Equal(77, ok.DepartmentId);
        Assert.Equal(3, ok.RowCount);
        Assert.Equal(["姓名"], ok.Items);
        Assert.Equal(3, ok.SubjectCount);
        Assert.Contains("张**", ok.Filter, StringComparison.Ordinal);
        Assert.Equal("低保资格核验", ok.Purpose);
        Assert.Contains(events, e => e.ApplicationId == 2010 && e.Result == AuditOutcome.Denied);
        Assert.Contains(uses, u => u.GrantId == grant.Id && u.ApplicationId == 2009);
        Assert.DoesNotContain(outside, u => u.GrantId == grant.Id);
    }

    [Fact]
    public async Task Rows_AdminToken_UnrestrictedRawValues()
    {
        var page = await OkJson(await f.Admin().GetAsync(Rows + "/rows?select=姓名,备注&limit=1"));

        Assert.Equal(f.Raw["姓名"][0], page.GetProperty("rows")[0][0].GetString());
        Assert.Equal("备注1", page.GetProperty("rows")[0][1].GetString());
    }

    [Fact]
    public async Task Requests_OverApplicationRate_TooManyRequestsWithRetryAfter()
    {
        await using var factory = new ZhongyuanFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("Zhongyuan:Sharing:RequestsPerSecond", "1");
            b.UseSetting("Zhongyuan:Sharing:QueueLimit", "0");
            b.ConfigureServices(s => s.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TestApplicationHandler>(
                TestApplicationHandler.SchemeName, null));
            b.ConfigureServices(s => s.PostConfigure<Microsoft.AspNetCore.Authentication.AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestApplicationHandler.SchemeName;
                o.DefaultAuthenticateScheme = TestApplicationHandler.SchemeName;
            }));
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestApplicationHandler.Header, "3001,5");
        var other = factory.CreateClient();
        other.DefaultRequestHeaders.Add(TestApplicationHandler.Header, "3002,5");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            var response = await client.GetAsync("/api/v1/resources/none/rows");
            statuses.Add(response.StatusCode);
            limited = response.StatusCode == (HttpStatusCode)429 ? response : null;
        }
        var otherApp = await other.GetAsync("/api/v1/resources/none/rows");

        Assert.NotNull(limited);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Contains("请求过于频繁", (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!, StringComparison.Ordinal);
        Assert.NotEqual((HttpStatusCode)429, statuses[0]);
        Assert.NotEqual((HttpStatusCode)429, otherApp.StatusCode);
    }
}
