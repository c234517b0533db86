using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Zhongyuan.Tests.Api;

/// <summary>CSV files made from a resource's items, and uploads of them through the API, for server tests.</summary>
internal static class Uploads
{
    /// <summary>A CSV whose columns are the resource's items, with values fitting each type.</summary>
    public static string CsvFor(JsonElement resource, int rows, Func<int, string, string?>? overrideValue = null)
    {
        var items = resource.GetProperty("metadata").GetProperty("items").EnumerateArray().ToList();
        var sb = new StringBuilder(string.Join(",", items.Select(i => i.GetProperty("name").GetString())) + "\n");
        for (var r = 1; r <= rows; r++)
        {
            sb.AppendLine(string.Join(",", items.Select(i => overrideValue?.Invoke(r, i.GetProperty("name").GetString()!) ?? Value(i, r))));
        }
        return sb.ToString();
    }

    public static string Value(JsonElement item, int r) => item.GetProperty("dataType").GetString() switch
    {
        "integer" => r.ToString(CultureInfo.InvariantCulture),
        "decimal" => (r * 1.5m).ToString(CultureInfo.InvariantCulture),
        "date" => $"2024年1月{1 + (r % 28)}日",
        "timestamp" => $"2024-01-{1 + (r % 28):00} 10:00:00",
        "boolean" => r % 2 == 0 ? "是" : "否",
        _ => item.TryGetProperty("length", out var l) && l.GetInt32() < 6 ? (r % 10).ToString(CultureInfo.InvariantCulture) : $"值{r}",
    };

    public static async Task<JsonElement> PostAsync(HttpClient client, string code, string csv, string query = "")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await client.PostAsync($"/api/v1/resources/{code}/data?filename=data.csv{query}", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await JsonBodies.ReadAsync(response);
    }

    /// <summary>Uploads a CSV and waits for its load job; fails the test unless the load succeeded.</summary>
    public static async Task<JsonElement> LoadAsync(HttpClient client, string code, string csv)
    {
        var job = await Jobs.WaitAsync(client, await PostAsync(client, code, csv));
        Assert.True(job.GetProperty("state").GetString() == "succeeded", job.ToString());
        return job;
    }
}
