using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Audit;
using Zhongyuan.Storage;

namespace Zhongyuan.Tests.Api;

public sealed class AuditApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    private static readonly string[] Endpoints = ["/api/v1/audit/events", "/api/v1/audit/events/export", "/api/v1/audit/subjects/410102199001011234"];

    private Task FlushAsync() => factory.Services.GetRequiredService<AuditLog>().FlushAsync();

    [Fact]
    public async Task Events_AuditAdministrator_SeesRequestsOfOthers()
    {
        var auditor = await AuditAdmins.CreateClientAsync(factory);
        await factory.CreateAdminClient().GetAsync("/api/v1/departments?level=city");
        await FlushAsync();

        var page = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/events?action=http.request&limit=1000");

        var request = page.GetProperty("items").EnumerateArray()
            .First(e => e.GetProperty("detail").GetString() == "GET /api/v1/departments 200");
        Assert.Equal("admin", request.GetProperty("username").GetString());
        Assert.Equal("SystemAdministrator", request.GetProperty("role").GetString());
        Assert.Equal("ok", request.GetProperty("result").GetString());
        Assert.False(string.IsNullOrEmpty(request.GetProperty("hash").GetString()));
    }

    [Fact]
    public async Task AuditEndpoints_SystemAdministrator_Forbidden()
    {
        var admin = factory.CreateAdminClient();

        foreach (var path in Endpoints)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync("/api/v1/audit/verify", null)).StatusCode);
    }

    [Fact]
    public async Task AuditEndpoints_Anonymous_Unauthorized()
    {
        var anonymous = factory.CreateClient();

        foreach (var path in Endpoints)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/audit/verify", null)).StatusCode);
    }

    [Fact]
    public async Task Verify_IntactChain_OkWithCounts()
    {
        var auditor = await AuditAdmins.CreateClientAsync(factory);
        await factory.CreateClient().GetAsync("/api/v1/regions");

        var response = await auditor.PostAsync("/api/v1/audit/verify", null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("ok").GetBoolean());
        Assert.True(body.GetProperty("eventsChecked").GetInt64() >= 1);
        Assert.False(body.TryGetProperty("break", out var broken) && broken.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Export_Csv_HeaderAndRequests()
    {
        var auditor = await AuditAdmins.CreateClientAsync(factory);
        await factory.CreateClient().GetAsync("/api/v1/regions");
        await FlushAsync();

        var response = await auditor.GetAsync("/api/v1/audit/events/export?action=http.request");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("序号 seq,", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("GET /api/v1/regions 200", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await auditor.GetAsync("/api/v1/audit/events?result=maybe")).StatusCode);
    }

    [Fact]
    public async Task Subjects_KnownResident_ListsUseAndKeyNeverStoredRaw()
    {
        var auditor = await AuditAdmins.CreateClientAsync(factory);
        var log = factory.Services.GetRequiredService<AuditLog>();
        log.Append(new AuditEvent
        {
            Action = AuditActions.RowsQuery, DepartmentId = 1, ApplicationId = 5, GrantId = 9, Purpose = "社会救助审核",
            ResourceCode = "x", RowCount = 1, SubjectKeys = ["41010219850312002X"],
        });
        await log.FlushAsync();

        var uses = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/subjects/41010219850312002x");
        var byBody = await auditor.PostAsJsonAsync("/api/v1/audit/subjects", new { key = "41010219850312002X" });
        await log.FlushAsync();

        var use = Assert.Single(uses.EnumerateArray());
        Assert.Equal(9, use.GetProperty("grantId").GetInt64());
        Assert.Equal(5, use.GetProperty("applicationId").GetInt64());
        Assert.Single((await byBody.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        var db = factory.Services.GetRequiredService<Database>();
        await using var c = await db.OpenAsync();
        var leaked = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_events WHERE detail LIKE '%1985031200%'");
        Assert.Equal(0, leaked);
        Assert.True(await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_events WHERE detail = 'GET /api/v1/audit/subjects/*** 200'") >= 1);
    }

    [Fact]
    public async Task Verify_RowTamperedInDatabase_NamesTheEvent()
    {
        using var own = new ZhongyuanFactory();
        var auditor = await AuditAdmins.CreateClientAsync(own);
        for (var i = 0; i < 5; i++)
        {
            await own.CreateClient().GetAsync("/api/v1/regions");
        }
        await own.Services.GetRequiredService<AuditLog>().FlushAsync();
        var db = own.Services.GetRequiredService<Database>();
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync("UPDATE audit_events SET detail = 'GET /api/v1/nothing 200' WHERE seq = 3");
        }

        var body = await (await auditor.PostAsync("/api/v1/audit/verify?lang=en", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(body.GetProperty("ok").GetBoolean());
        var broken = body.GetProperty("break");
        Assert.Equal("altered", broken.GetProperty("kind").GetString());
        Assert.Equal(3, broken.GetProperty("seq").GetInt64());
        Assert.Equal(2, broken.GetProperty("position").GetInt64());
        Assert.Contains("Audit event 3 was altered", broken.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
