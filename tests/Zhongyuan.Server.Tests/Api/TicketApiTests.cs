using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Identity;
using Zhongyuan.Storage;

namespace Zhongyuan.Tests.Api;

public sealed class TicketApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    /// <summary>The population resource (provided by 河南省公安厅) and the police and environment department ids.</summary>
    private async Task<(string Code, long Police, long Env)> PopulationAsync()
    {
        var admin = factory.CreateAdminClient();
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var resource = page.GetProperty("items").EnumerateArray().First(r => r.GetProperty("metadata").GetProperty("name").GetString() == "人口基本信息");
        var departments = await admin.GetFromJsonAsync<JsonElement>("/api/v1/departments");
        var env = departments.EnumerateArray().First(d => d.GetProperty("name").GetString() == "河南省生态环境厅").GetProperty("id").GetInt64();
        return (resource.GetProperty("code").GetString()!, resource.GetProperty("provider").GetProperty("id").GetInt64(), env);
    }

    /// <summary>A client for a new account of the department holding a token with the scopes.</summary>
    private async Task<HttpClient> UserAsync(long? department, string scopes)
    {
        var database = factory.Services.GetRequiredService<Database>();
        long id;
        await using (var c = await database.OpenAsync())
        {
            id = await c.ExecuteScalarAsync<long>(database.Sql("Identity/Sql/InsertUser"), new
            {
                Username = "u" + Guid.NewGuid().ToString("N")[..12], DisplayName = "测试用户", PasswordHash = "x", Role = nameof(Role.DepartmentUser),
                DepartmentId = department, MustChangePassword = false, CreatedAt = TimeProvider.System.GetUtcNow(),
            });
        }
        var token = await factory.Services.GetRequiredService<IdentityStore>().CreateTokenAsync(id, "test", scopes, null);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<long> FileAsync(HttpClient reporter, string code)
    {
        var response = await reporter.PostAsJsonAsync($"/api/v1/resources/{code}/tickets",
            new { item = "姓名", recordKey = new Dictionary<string, string> { ["公民身份号码"] = "410105199001011234" }, reason = "姓名与户籍登记不符", proposedValue = "张三" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonBodies.ReadAsync(response)).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task Create_Anonymous_Unauthorized()
    {
        var (code, _, _) = await PopulationAsync();

        var response = await factory.CreateClient().PostAsJsonAsync($"/api/v1/resources/{code}/tickets", new { item = "姓名", reason = "错误" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Lifecycle_FileListAccept_ProviderAnswersWithHistory()
    {
        var (code, police, env) = await PopulationAsync();
        var reporter = await UserAsync(env, Scopes.DataRead);
        var steward = await UserAsync(police, Scopes.DataWrite);

        var id = await FileAsync(reporter, code);
        var open = await steward.GetFromJsonAsync<JsonElement>($"/api/v1/tickets?department={police}&status=open&limit=500");
        var accept = await steward.PostAsJsonAsync($"/api/v1/tickets/{id}/accept", new { fixedInVersion = 1, note = "已更正" });
        var detail = await reporter.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{id}");
        var mine = await reporter.GetFromJsonAsync<JsonElement>("/api/v1/tickets?mine=true");

        Assert.Contains(open.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        var ticket = detail.GetProperty("ticket");
        Assert.Equal(("accepted", "已采纳", 1), (ticket.GetProperty("status").GetString(), ticket.GetProperty("statusLabel").GetString(), ticket.GetProperty("fixedInVersion").GetInt32()));
        Assert.EndsWith("23:59:59+08:00", ticket.GetProperty("deadline").GetString(), StringComparison.Ordinal);
        Assert.Equal(env, ticket.GetProperty("reporter").GetProperty("departmentId").GetInt64());
        Assert.Equal(["created", "accepted"], detail.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("已更正", detail.GetProperty("events")[1].GetProperty("note").GetString());
        Assert.Equal(1, mine.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Accept_ByReporterOrOtherDepartment_ForbiddenInCallersLanguage()
    {
        var (code, _, env) = await PopulationAsync();
        var reporter = await UserAsync(env, Scopes.DataWrite);
        var id = await FileAsync(reporter, code);

        var zh = await reporter.PostAsJsonAsync($"/api/v1/tickets/{id}/accept", new { fixedInVersion = 1 });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tickets/{id}/reject") { Content = JsonContent.Create(new { reason = "no" }) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var en = await reporter.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, zh.StatusCode);
        Assert.Contains("提供方部门", (await JsonBodies.ReadAsync(zh)).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, en.StatusCode);
        Assert.Contains("providing department", (await JsonBodies.ReadAsync(en)).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MissingReasonUnknownItem_EnglishValidationProblem()
    {
        var (code, _, env) = await PopulationAsync();
        var reporter = await UserAsync(env, Scopes.CatalogRead);

        var response = await reporter.PostAsJsonAsync($"/api/v1/resources/{code}/tickets?lang=en", new { item = "年龄" });
        var problem = await JsonBodies.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("field").GetString() == "reason" && e.GetProperty("code").GetString() == "required");
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "item_unknown"
            && e.GetProperty("message").GetString()!.StartsWith("The resource has no item", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reject_WithoutReasonThenWithReason_RejectedAndCounted()
    {
        var (code, police, env) = await PopulationAsync();
        var reporter = await UserAsync(env, Scopes.CatalogRead);
        var steward = await UserAsync(police, Scopes.DataWrite);
        var id = await FileAsync(reporter, code);

        var blank = await steward.PostAsJsonAsync($"/api/v1/tickets/{id}/reject", new { reason = "" });
        var rejected = await steward.PostAsJsonAsync($"/api/v1/tickets/{id}/reject", new { reason = "户籍登记即为此名" });
        var stats = await reporter.GetFromJsonAsync<JsonElement>($"/api/v1/departments/{police}/tickets/stats");
        var all = await reporter.GetFromJsonAsync<JsonElement>("/api/v1/tickets/stats");

        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("rejected", (await JsonBodies.ReadAsync(rejected)).GetProperty("status").GetString());
        Assert.True(stats.GetProperty("rejected").GetInt64() >= 1);
        Assert.NotEqual(JsonValueKind.Null, stats.GetProperty("medianHoursToClose").ValueKind);
        Assert.Contains(all.EnumerateArray(), d => d.GetProperty("departmentId").GetInt64() == env);
        Assert.True(all.GetArrayLength() > 10); // every department, with or without tickets
    }

    [Fact]
    public async Task Deadline_ProviderMovesIt_OthersForbidden()
    {
        var (code, police, env) = await PopulationAsync();
        var reporter = await UserAsync(env, Scopes.CatalogRead);
        var steward = await UserAsync(police, Scopes.DataWrite);
        var id = await FileAsync(reporter, code);
        var deadline = TimeProvider.System.GetUtcNow().AddDays(30);

        var byReporter = await reporter.PutAsJsonAsync($"/api/v1/tickets/{id}/deadline", new { deadline });
        var bySteward = await steward.PutAsJsonAsync($"/api/v1/tickets/{id}/deadline", new { deadline });

        Assert.Equal(HttpStatusCode.Forbidden, byReporter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bySteward.StatusCode);
        var moved = DateTimeOffset.Parse((await JsonBodies.ReadAsync(bySteward)).GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(deadline.ToUnixTimeSeconds(), moved.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task List_OtherDepartmentsTicketsOrSomeoneElsesTicket_Forbidden()
    {
        var (code, police, env) = await PopulationAsync();
        var reporter = await UserAsync(env, Scopes.CatalogRead);
        var stranger = await UserAsync(env, Scopes.All.Replace(Scopes.Admin, "", StringComparison.Ordinal));
        var id = await FileAsync(reporter, code);

        var department = await stranger.GetAsync($"/api/v1/tickets?department={police}");
        var ticket = await stranger.GetAsync($"/api/v1/tickets/{id}");
        var resourceTickets = await stranger.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/tickets");
        var adminView = await factory.CreateAdminClient().GetFromJsonAsync<JsonElement>($"/api/v1/tickets?department={police}&limit=500");

        Assert.Equal(HttpStatusCode.Forbidden, department.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ticket.StatusCode);
        Assert.Equal(0, resourceTickets.GetProperty("total").GetInt64());
        Assert.Contains(adminView.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetInt64() == id);
    }
}
