using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Zhongyuan.Identity;
using Zhongyuan.Tests.Api;

namespace Zhongyuan.Tests.OpenData;

/// <summary>
/// A demo server where one 无条件开放 and one 有条件开放 resource hold 20 rows each, loaded through the API.
/// Text items hold <c>值1</c>…<c>值20</c> (or one digit when short), numbers the row number.
/// </summary>
public sealed class OpenDataFixture : IAsyncLifetime
{
    public const int Rows = 20;

    public ZhongyuanFactory Factory { get; } = new();

    /// <summary>The open resource with data, as the catalog API returns it.</summary>
    public JsonElement Open { get; private set; }

    /// <summary>The conditionally open resource with data.</summary>
    public JsonElement Conditional { get; private set; }

    public string OpenCode => Open.GetProperty("code").GetString()!;

    public string ConditionalCode => Conditional.GetProperty("code").GetString()!;

    /// <summary>An analyst (catalog:read data:read).</summary>
    public HttpClient Analyst { get; private set; } = null!;

    /// <summary>A developer (catalog:read only).</summary>
    public HttpClient Developer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var admin = Factory.CreateAdminClient();
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var all = page.GetProperty("items").EnumerateArray().ToList();
        Open = all.First(r => OpenType(r) == "unconditional" && HasLongText(r));
        Conditional = all.First(r => OpenType(r) == "conditional" && HasLongText(r));
        await LoadAsync(admin, Open);
        await LoadAsync(admin, Conditional);
        // An analyst of the providing department: other departments read non-open data only through a grant.
        Analyst = await Factory.CreateClientForAsync(Role.Analyst, Conditional.GetProperty("provider").GetProperty("id").GetInt64());
        Developer = await Factory.CreateClientForAsync(Role.Developer);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The first text item long enough for <c>值N</c>.</summary>
    public static string TextItem(JsonElement resource) => Items(resource).First(IsLongText).GetProperty("name").GetString()!;

    public static IEnumerable<JsonElement> Items(JsonElement resource) => resource.GetProperty("metadata").GetProperty("items").EnumerateArray();

    private static string OpenType(JsonElement r) => r.GetProperty("metadata").GetProperty("openType").GetString()!;

    private static bool HasLongText(JsonElement r) => Items(r).Any(IsLongText);

    private static bool IsLongText(JsonElement item) => item.GetProperty("dataType").GetString() == "text"
        && (!item.TryGetProperty("length", out var l) || l.GetInt32() >= 6);

    private static async Task LoadAsync(HttpClient admin, JsonElement resource)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Csv(resource)));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await admin.PostAsync($"/api/v1/resources/{resource.GetProperty("code").GetString()}/data?filename=data.csv", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await Jobs.WaitAsync(admin, await response.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
    }

    private static string Csv(JsonElement resource)
    {
        var items = Items(resource).ToList();
        var sb = new StringBuilder(string.Join(",", items.Select(i => i.GetProperty("name").GetString())) + "\n");
        for (var r = 1; r <= Rows; r++)
        {
            sb.AppendLine(string.Join(",", items.Select(i => Value(i, r))));
        }
        return sb.ToString();
    }

    private static string Value(JsonElement item, int r) => item.GetProperty("dataType").GetString() switch
    {
        "integer" => r.ToString(CultureInfo.InvariantCulture),
        "decimal" => (r * 1.5m).ToString(CultureInfo.InvariantCulture),
        "date" => $"2024-01-{r:00}",
        "timestamp" => $"2024-01-{r:00} 10:00:00",
        "boolean" => r % 2 == 0 ? "是" : "否",
        _ => IsLongText(item) ? $"值{r}" : (r % 10).ToString(CultureInfo.InvariantCulture),
    };
}
