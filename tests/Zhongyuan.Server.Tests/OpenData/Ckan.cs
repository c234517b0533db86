using System.Net.Http.Json;
using System.Text.Json;

namespace Zhongyuan.Tests.OpenData;

/// <summary>Calling CKAN actions in tests.</summary>
internal static class Ckan
{
    public static async Task<(int Status, JsonElement Body)> GetAsync(HttpClient client, string action, string query = "", string prefix = "/api/3/action")
    {
        var response = await client.GetAsync($"{prefix}/{action}{(query.Length > 0 ? "?" + query : "")}");
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<(int Status, JsonElement Body)> PostAsync(HttpClient client, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/action/{action}", body);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The result of a successful call (asserting the envelope).</summary>
    public static async Task<JsonElement> ResultAsync(HttpClient client, string action, string query = "")
    {
        var (status, body) = await GetAsync(client, action, query);
        Assert.True(status == 200, $"{action}?{query} answered {status}: {body}");
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.EndsWith("/api/3/action/help_show?name=" + action, body.GetProperty("help").GetString(), StringComparison.Ordinal);
        return body.GetProperty("result");
    }

    public static string Q(string text) => Uri.EscapeDataString(text);
}
