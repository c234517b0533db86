using System.Net;
using System.Net.Http.Json;

namespace Zhongyuan.Tests.Sharing;

/// <summary>
/// Each sharing endpoint × each party: anonymous, a user of an unrelated department, the consumer's steward, the
/// provider's steward, the platform administrator. Every call runs on fresh state, so an allowed change by one party
/// cannot turn another party's answer into a conflict.
/// </summary>
public sealed class SharingAuthorizationTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode No = HttpStatusCode.Forbidden;
    private const HttpStatusCode Anon = HttpStatusCode.Unauthorized;

    /// <summary>Expected: anonymous, other department's user, consumer steward, provider steward, admin.</summary>
    public static TheoryData<string, HttpStatusCode[]> Matrix => new()
    {
        { "GET applications", [Anon, No, Ok, No, Ok] },
        { "POST applications", [Anon, No, Created, No, Created] },
        { "GET application", [Anon, No, Ok, No, Ok] },
        { "PUT application", [Anon, No, Ok, No, Ok] },
        { "GET keys", [Anon, No, Ok, No, Ok] },
        { "POST keys", [Anon, No, Created, No, Created] },
        { "POST share-request", [Anon, No, Created, No, No] },
        { "GET share-request", [Anon, No, Ok, Ok, Ok] },
        { "POST approve", [Anon, No, No, Ok, No] },
        { "POST refuse", [Anon, No, No, Ok, No] },
        { "GET grants of provider", [Anon, No, No, Ok, Ok] },
        { "GET grant", [Anon, No, Ok, Ok, Ok] },
        { "POST suspend", [Anon, No, No, Ok, Ok] },
        { "POST resume", [Anon, No, No, Ok, Ok] },
        { "POST revoke", [Anon, No, No, Ok, Ok] },
        { "POST renew", [Anon, No, No, Ok, Ok] },
        { "PUT quota", [Anon, No, No, Ok, Ok] },
    };

    [Theory, MemberData(nameof(Matrix))]
    public async Task Endpoint_EachParty_AllowedOrRefused(string endpoint, HttpStatusCode[] expected)
    {
        var c = await SharingApiClients.CreateAsync(factory);
        HttpClient[] parties = [c.Anonymous, c.OtherUser, c.ConsumerSteward, c.ProviderSteward, c.Admin];

        var actual = new List<HttpStatusCode>();
        foreach (var party in parties)
        {
            actual.Add((await CallAsync(c, endpoint, party)).StatusCode);
        }

        Assert.Equal(expected, actual);
    }

    private static async Task<HttpResponseMessage> CallAsync(SharingApiClients c, string endpoint, HttpClient party)
    {
        switch (endpoint)
        {
            case "GET applications": return await party.GetAsync($"/api/v1/applications?department={c.Civil}");
            case "POST applications":
                return await party.PostAsJsonAsync("/api/v1/applications", new { name = "新系统" + Guid.NewGuid().ToString("N")[..6], departmentId = c.Civil });
            case "GET application": return await party.GetAsync($"/api/v1/applications/{await c.ApplicationAsync()}");
            case "PUT application":
                return await party.PutAsJsonAsync($"/api/v1/applications/{await c.ApplicationAsync()}", new { name = "改名" + Guid.NewGuid().ToString("N")[..6] });
            case "GET keys": return await party.GetAsync($"/api/v1/applications/{await c.ApplicationAsync()}/keys");
            case "POST keys": return await party.PostAsJsonAsync($"/api/v1/applications/{await c.ApplicationAsync()}/keys", new { name = "k" });
            case "POST share-request":
                return await party.PostAsJsonAsync($"/api/v1/resources/{c.Population}/share-requests", new
                {
                    applicationId = await c.ApplicationAsync(), purpose = "低保资格审核", legalBasis = "《社会救助暂行办法》", items = new[] { "姓名" },
                });
            case "GET share-request": return await party.GetAsync($"/api/v1/share-requests/{(await c.PendingAsync()).Request}");
            case "POST approve": return await party.PostAsJsonAsync($"/api/v1/share-requests/{(await c.PendingAsync()).Request}/approve", new { });
            case "POST refuse": return await party.PostAsJsonAsync($"/api/v1/share-requests/{(await c.PendingAsync()).Request}/refuse", new { reason = "不符合共享条件" });
            case "GET grants of provider": return await party.GetAsync($"/api/v1/grants?department={c.Police}");
            case "GET grant": return await party.GetAsync($"/api/v1/grants/{(await c.GrantAsync()).Grant}");
            case "POST suspend": return await party.PostAsJsonAsync($"/api/v1/grants/{(await c.GrantAsync()).Grant}/suspend", new { });
            case "POST resume":
                var suspended = (await c.GrantAsync()).Grant;
                Assert.Equal(HttpStatusCode.OK, (await c.ProviderSteward.PostAsJsonAsync($"/api/v1/grants/{suspended}/suspend", new { })).StatusCode);
                return await party.PostAsJsonAsync($"/api/v1/grants/{suspended}/resume", new { });
            case "POST revoke": return await party.PostAsJsonAsync($"/api/v1/grants/{(await c.GrantAsync()).Grant}/revoke", new { reason = "超范围使用" });
            case "POST renew":
                return await party.PostAsJsonAsync($"/api/v1/grants/{(await c.GrantAsync()).Grant}/renew", new { endsAt = TimeProvider.System.GetUtcNow().AddYears(3) });
            case "PUT quota": return await party.PutAsJsonAsync($"/api/v1/grants/{(await c.GrantAsync()).Grant}/quota", new { dailyQuota = 10 });
            default: throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);
        }
    }
}
