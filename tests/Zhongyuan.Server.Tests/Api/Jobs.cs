using System.Net.Http.Json;
using System.Text.Json;

namespace Zhongyuan.Tests.Api;

/// <summary>Following load jobs through the API in tests.</summary>
internal static class Jobs
{
    /// <summary>Polls a job until it ended (or 60 s passed) and returns its last state.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, JsonElement job)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (true)
        {
            var current = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job.GetProperty("id").GetString()}");
            if (current.GetProperty("state").GetString() is "succeeded" or "failed" || TimeProvider.System.GetUtcNow() > deadline)
            {
                return current;
            }
            await Task.Delay(50);
        }
    }
}
