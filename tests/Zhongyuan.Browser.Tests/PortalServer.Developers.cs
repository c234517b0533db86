using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Zhongyuan.Tests;

public sealed partial class PortalServer
{
    /// <summary>
    /// A published 有条件开放 demo resource (preferring one without validation rules) loaded with 5 rows through the API as
    /// the administrator, and its providing department's id.
    /// </summary>
    public async Task<(OpenResource Resource, long ProviderId)> LoadConditionalResourceAsync()
    {
        using var api = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var chosen = page.GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("metadata").GetProperty("openType").GetString() == "conditional")
            .Select(r => (Resource: OpenResource.From(r), Provider: r.GetProperty("provider").GetProperty("id").GetInt64()))
            .OrderBy(r => r.Resource.Items.Any(i => i.HasRules) ? 1 : 0).ThenBy(r => r.Resource.Code, StringComparer.Ordinal)
            .First();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(chosen.Resource.Csv(5)));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await api.PostAsync($"/api/v1/resources/{chosen.Resource.Code}/data?filename=x.csv", content);
        response.EnsureSuccessStatusCode();
        var job = await response.Content.ReadFromJsonAsync<JsonElement>();
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (true)
        {
            var state = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job.GetProperty("id").GetString()}")).GetProperty("state").GetString();
            if (state == "succeeded")
            {
                return chosen;
            }
            if (state == "failed" || TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new InvalidOperationException($"The upload into {chosen.Resource.Code} ended {state}.");
            }
            await Task.Delay(100);
        }
    }
}
