using System.Globalization;
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
/// The server with test applications (<see cref="TestApplicationHandler"/>), constructed grants (<see cref="InMemoryGrants"/>),
/// a fake clock and a log sink, and one resource of personal data loaded with <see cref="RowCount"/> known rows.
/// </summary>
public sealed class SharingFixture : IAsyncLifetime
{
    public const int RowCount = 20;

    private static readonly string[] Given = ["伟强", "秀英", "建国", "丽娟", "志明", "春花", "国栋", "海燕", "文博", "雪梅",
        "振华", "桂兰", "晓东", "玉珍", "俊杰", "淑芬", "宏伟", "美玲", "子轩", "欣怡"];

    private readonly ZhongyuanFactory _root = new();
    private WebApplicationFactory<PlatformState> _factory = null!;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    internal InMemoryGrants Grants { get; } = new();

    internal LogSink Logs { get; } = new();

    public string Code { get; private set; } = "";

    public IServiceProvider Services => _factory.Services;

    /// <summary>The loaded rows' raw values by item, row r (1-based) at index r - 1.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Raw { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public async Task InitializeAsync()
    {
        _factory = _root.WithWebHostBuilder(b =>
        {
            SharingTestHost.Configure(b, Time, Grants, Logs);
        });
        var admin = Admin();
        Code = await CreateResourceAsync(admin);
        Raw = RawValues();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Csv()));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var upload = await admin.PostAsync($"/api/v1/resources/{Code}/data?filename=people.csv", content);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var job = await Jobs.WaitAsync(admin, await JsonBodies.ReadAsync(upload));
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.Equal(RowCount, job.GetProperty("rowsRead").GetInt64());
    }

    public HttpClient Admin()
    {
        var client = _factory.CreateClient();
        var token = _factory.Services.GetRequiredService<PlatformState>().Bootstrap!.Token;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client calling as application <paramref name="application"/> of department <paramref name="department"/>.</summary>
    public HttpClient App(long application, long department = 5)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestApplicationHandler.Header, $"{application},{department}");
        return client;
    }

    /// <summary>A grant of <paramref name="application"/> on the fixture's resource, in force from a year ago for two years, registered.</summary>
    public Grant Grant(long id, long application, IReadOnlyList<string>? items = null, string? rowFilter = null, long? quota = null,
        GrantStatus status = GrantStatus.Active, IReadOnlyDictionary<string, MaskingRule>? masking = null, DateTimeOffset? endsAt = null)
    {
        var grant = new Grant
        {
            Id = id, ApplicationId = application, ConsumerDepartmentId = 5, ResourceCode = Code, Purpose = "低保资格核验",
            Items = items ?? ["公民身份号码", "姓名", "手机号码", "住址", "银行卡号", "社会保障卡号", "行政区划代码"],
            RowFilter = rowFilter, Masking = masking ?? new Dictionary<string, MaskingRule>(), DailyQuota = quota, Status = status,
            StartsAt = Time.GetUtcNow().AddYears(-1), EndsAt = endsAt ?? Time.GetUtcNow().AddYears(1), GrantedBy = "steward", GrantedAt = Time.GetUtcNow(),
        };
        Grants.Put(grant);
        return grant;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
    }

    private async Task<string> CreateResourceAsync(HttpClient admin)
    {
        var metadata = JsonBodies.Population("共享脱敏测试人口信息");
        metadata["items"] = JsonNode.Parse("""
        [
          { "name": "公民身份号码", "dataType": "text", "length": 18, "dataElement": "DE00001", "sensitivity": "敏感个人信息", "masking": "身份证号", "isKey": true },
          { "name": "姓名", "dataType": "text", "length": 50, "sensitivity": "personal", "masking": "姓名" },
          { "name": "手机号码", "dataType": "text", "length": 11, "sensitivity": "personal", "masking": "手机号码" },
          { "name": "住址", "dataType": "text", "length": 200, "sensitivity": "personal", "masking": "地址" },
          { "name": "银行卡号", "dataType": "text", "length": 19, "sensitivity": "敏感个人信息", "masking": "银行卡号" },
          { "name": "社会保障卡号", "dataType": "text", "length": 9, "sensitivity": "敏感个人信息", "masking": "假名化" },
          { "name": "行政区划代码", "dataType": "text", "length": 6 },
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

    private static Dictionary<string, IReadOnlyList<string>> RawValues()
    {
        var rows = Enumerable.Range(1, RowCount).ToList();
        return new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["公民身份号码"] = [.. rows.Select(r => ResidentId("41010519900101" + r.ToString("000", CultureInfo.InvariantCulture)))],
            ["姓名"] = [.. rows.Select(r => "张" + Given[r - 1])],
            ["手机号码"] = [.. rows.Select(r => "139" + r.ToString("00000000", CultureInfo.InvariantCulture))],
            ["住址"] = [.. rows.Select(r => $"河南省郑州市金水区文化路{r}号院{r}单元")],
            ["银行卡号"] = [.. rows.Select(r => "6222020200" + r.ToString("000000000", CultureInfo.InvariantCulture))],
            ["社会保障卡号"] = [.. rows.Select(r => "SB" + r.ToString("0000000", CultureInfo.InvariantCulture))],
            ["行政区划代码"] = [.. rows.Select(r => r % 2 == 0 ? "410105" : "410102")],
            ["备注"] = [.. rows.Select(r => "备注" + r.ToString(CultureInfo.InvariantCulture))],
        };
    }

    private string Csv()
    {
        var sb = new StringBuilder(string.Join(",", Raw.Keys) + "\n");
        for (var i = 0; i < RowCount; i++)
        {
            sb.AppendLine(string.Join(",", Raw.Values.Select(v => v[i])));
        }
        return sb.ToString();
    }

    private static string ResidentId(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
