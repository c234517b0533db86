using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Zhongyuan.Catalog;
using Zhongyuan.Server.Hosting;
using Zhongyuan.Sharing;
using Zhongyuan.Tests.Api;

namespace Zhongyuan.Tests.Sharing;

/// <summary>
/// The server with test applications, constructed grants, a fake clock, a log sink, webhooks allowed to loopback http
/// with a fast worker poll and few attempts, and one resource of personal data with three versions: v1 a full load of
/// rows 1–5, v2 an incremental load (row 1 updated, row 2 deleted, row 6 inserted), v3 a full load of rows 1, 3–7.
/// </summary>
public sealed class SubscriptionFixture : IAsyncLifetime
{
    /// <summary>Attempts of one page before a subscription is failing.</summary>
    public const int MaxAttempts = 3;

    private readonly ZhongyuanFactory _root = new();
    private WebApplicationFactory<PlatformState> _factory = null!;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    internal InMemoryGrants Grants { get; } = new();

    internal LogSink Logs { get; } = new();

    public string Code { get; private set; } = "";

    /// <summary>Every raw value loaded in any version of a masked item (公民身份号码, 姓名, 手机号码).</summary>
    public IReadOnlyList<string> RawMasked => [.. Enumerable.Range(1, 7).SelectMany(r => new[] { Id(r), Name(r), Phone(r), Phone(r + 100) })];

    public async Task InitializeAsync()
    {
        _factory = _root.WithWebHostBuilder(b =>
        {
            b.UseSetting("Zhongyuan:Sharing:Subscriptions:AllowLoopbackHttp", "true");
            b.UseSetting("Zhongyuan:Sharing:Subscriptions:PollInterval", "00:00:00.05");
            b.UseSetting("Zhongyuan:Sharing:Subscriptions:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
            SharingTestHost.Configure(b, Time, Grants, Logs);
        });
        var admin = Admin();
        Code = await CreateResourceAsync(admin);
        await LoadAsync(admin, "full", Csv([1, 2, 3, 4, 5], updated: []));
        await LoadAsync(admin, "incremental", Csv([1, 6], updated: [1], deleted: [2]));
        await LoadAsync(admin, "full", Csv([1, 3, 4, 5, 6, 7], updated: [1]));
    }

    public HttpClient Admin()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _factory.Services.GetRequiredService<PlatformState>().Bootstrap!.Token);
        return client;
    }

    /// <summary>A client calling as application <paramref name="application"/>.</summary>
    public HttpClient App(long application)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestApplicationHandler.Header, $"{application},5");
        return client;
    }

    /// <summary>A grant of <paramref name="application"/> on the resource (公民身份号码, 姓名, 手机号码; catalog masking), registered.</summary>
    public Grant Grant(long id, long application, long? quota = null, GrantStatus status = GrantStatus.Active)
    {
        var grant = new Grant
        {
            Id = id, ApplicationId = application, ConsumerDepartmentId = 5, ResourceCode = Code, Purpose = "低保资格核验",
            Items = ["公民身份号码", "姓名", "手机号码"], Masking = new Dictionary<string, MaskingRule>(), DailyQuota = quota, Status = status,
            StartsAt = Time.GetUtcNow().AddYears(-1), EndsAt = Time.GetUtcNow().AddYears(1), GrantedBy = "steward", GrantedAt = Time.GetUtcNow(),
        };
        Grants.Put(grant);
        return grant;
    }

    public static string Id(int row) => ResidentId("41010519900101" + row.ToString("000", System.Globalization.CultureInfo.InvariantCulture));

    public static string Name(int row) => "王" + "一二三四五六七"[row - 1] + "峰";

    public static string Phone(int row) => "137" + row.ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
    }

    private async Task LoadAsync(HttpClient admin, string mode, string csv)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var upload = await admin.PostAsync($"/api/v1/resources/{Code}/data?filename=people.csv&mode={mode}", content);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var job = await Jobs.WaitAsync(admin, await JsonBodies.ReadAsync(upload));
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
    }

    /// <summary>Rows in order; an updated row has phone <c>Phone(r + 100)</c>; a deleted row is marked in <c>_op</c>.</summary>
    private static string Csv(int[] rows, int[] updated, int[]? deleted = null)
    {
        var op = deleted is null ? "" : ",";
        var sb = new StringBuilder("公民身份号码,姓名,手机号码,备注" + (deleted is null ? "" : ",_op") + "\n");
        foreach (var r in rows)
        {
            sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{Id(r)},{Name(r)},{Phone(updated.Contains(r) ? r + 100 : r)},备注{r}{op}");
        }
        foreach (var r in deleted ?? [])
        {
            sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{Id(r)},{Name(r)},{Phone(r)},备注{r},D");
        }
        return sb.ToString();
    }

    private static async Task<string> CreateResourceAsync(HttpClient admin)
    {
        var metadata = JsonBodies.Population("订阅测试人口信息");
        metadata["items"] = JsonNode.Parse("""
        [
          { "name": "公民身份号码", "dataType": "text", "length": 18, "dataElement": "DE00001", "sensitivity": "敏感个人信息", "masking": "身份证号", "isKey": true },
          { "name": "姓名", "dataType": "text", "length": 50, "sensitivity": "personal", "masking": "姓名" },
          { "name": "手机号码", "dataType": "text", "length": 11, "sensitivity": "personal", "masking": "手机号码" },
          { "name": "备注", "dataType": "text", "length": 100 }
        ]
        """);
        var created = await admin.PostAsJsonAsync("/api/v1/resources", JsonBodies.Create("省公安厅", metadata));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await JsonBodies.ReadAsync(created)).GetProperty("code").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/resources/{code}/submit", new { note = "测试" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/resources/{code}/publish", null)).StatusCode);
        return code;
    }

    private static string ResidentId(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
