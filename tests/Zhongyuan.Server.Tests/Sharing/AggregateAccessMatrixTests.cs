using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zhongyuan.Tests.Sharing;

/// <summary>The aggregate endpoint follows the rows API's readable rule: each role of the providing department or another, anonymous, on an open, a conditionally shared and a non-shared resource.</summary>
public sealed class AggregateAccessMatrixTests(DataAccessMatrixTests.Fixture f) : IClassFixture<DataAccessMatrixTests.Fixture>
{
    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        (string Caller, bool ReadsClosed)[] callers =
        [
            ("anonymous", false), ("systemAdministrator", true), ("securityAdministrator", false), ("auditAdministrator", false),
            ("providerSteward", true), ("providerUser", true), ("otherSteward", false), ("otherAnalyst", false), ("developer", false),
        ];
        foreach (var resource in new[] { "open", "conditional", "notShared" })
        {
            foreach (var (caller, readsClosed) in callers)
            {
                data.Add(resource, caller, resource == "open" || readsClosed);
            }
        }
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Aggregate_ByRoleAndShareType_AllowedOnlyAsTheRowsApi(string resource, string caller, bool allowed)
    {
        var r = f.Resources[resource];
        var provider = r.GetProperty("provider").GetProperty("id").GetInt64();
        var client = await f.ClientAsync(caller, provider);
        var category = r.GetProperty("metadata").GetProperty("items")[0].GetProperty("name").GetString()!;

        var response = await client.GetAsync($"/api/v1/resources/{r.GetProperty("code").GetString()}/rows/aggregate?category={Uri.EscapeDataString(category)}");

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
        if (allowed)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(5, body.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("rows").GetInt64()));
        }
    }
}
