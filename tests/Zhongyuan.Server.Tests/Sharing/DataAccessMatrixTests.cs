using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhongyuan.Identity;
using Zhongyuan.Tests.Api;

namespace Zhongyuan.Tests.Sharing;

/// <summary>
/// Who reads data without an application: each role (of the providing department or another), anonymous, on each data
/// path, for an open resource, a conditionally shared one and one that is not shared. Applications and their grants are
/// covered by the access and end-to-end tests.
/// </summary>
public sealed class DataAccessMatrixTests(DataAccessMatrixTests.Fixture f) : IClassFixture<DataAccessMatrixTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ZhongyuanFactory Factory { get; } = new();

        /// <summary>A client for a caller of the matrix (a role, and for department roles the provider or another department).</summary>
        public async Task<HttpClient> ClientAsync(string caller, long provider)
        {
            var other = (await Factory.CreateAdminClient().GetFromJsonAsync<JsonElement>("/api/v1/departments")).EnumerateArray()
                .Select(d => d.GetProperty("id").GetInt64()).First(id => id != provider);
            return caller switch
            {
                "anonymous" => Factory.CreateClient(),
                "systemAdministrator" => Factory.CreateAdminClient(),
                "securityAdministrator" => await Factory.CreateClientForAsync(Role.SecurityAdministrator),
                "auditAdministrator" => await Factory.CreateClientForAsync(Role.AuditAdministrator),
                "providerSteward" => await Factory.CreateClientForAsync(Role.DataSteward, provider),
                "providerUser" => await Factory.CreateClientForAsync(Role.DepartmentUser, provider),
                "otherSteward" => await Factory.CreateClientForAsync(Role.DataSteward, other),
                "otherUser" => await Factory.CreateClientForAsync(Role.DepartmentUser, other),
                "otherAnalyst" => await Factory.CreateClientForAsync(Role.Analyst, other),
                _ => await Factory.CreateClientForAsync(Role.Developer),
            };
        }

        public Dictionary<string, JsonElement> Resources { get; } = [];

        public async Task InitializeAsync()
        {
            var admin = Factory.CreateAdminClient();
            var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
            var all = page.GetProperty("items").EnumerateArray().ToList();
            static string Meta(JsonElement r, string field) => r.GetProperty("metadata").GetProperty(field).GetString()!;
            Resources["open"] = all.First(r => Meta(r, "openType") == "unconditional");
            Resources["conditional"] = all.First(r => Meta(r, "openType") == "notOpen" && Meta(r, "shareType") == "conditional");
            Resources["notShared"] = all.First(r => Meta(r, "shareType") == "notShared");
            foreach (var r in Resources.Values)
            {
                await Uploads.LoadAsync(admin, r.GetProperty("code").GetString()!, Uploads.CsvFor(r, 5));
            }
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    public static TheoryData<string, string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, string, bool>();
        string[] paths = ["rows", "rows/count", "data/export?format=csv"];
        (string Caller, bool ReadsClosed)[] callers =
        [
            ("anonymous", false), ("systemAdministrator", true), ("securityAdministrator", false), ("auditAdministrator", false),
            ("providerSteward", true), ("providerUser", true), ("otherSteward", false), ("otherUser", false), ("otherAnalyst", false), ("developer", false),
        ];
        foreach (var resource in new[] { "open", "conditional", "notShared" })
        {
            foreach (var path in paths)
            {
                foreach (var (caller, readsClosed) in callers)
                {
                    data.Add(resource, path, caller, resource == "open" || readsClosed);
                }
            }
        }
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Read_ByRoleAndShareType_AllowedOnlyAsDocumented(string resource, string path, string caller, bool allowed)
    {
        var r = f.Resources[resource];
        var client = await f.ClientAsync(caller, r.GetProperty("provider").GetProperty("id").GetInt64());

        var response = await client.GetAsync($"/api/v1/resources/{r.GetProperty("code").GetString()}/{path}");

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
    }
}
