using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.OpenData.Usage;

namespace Zhongyuan.Tests.OpenData;

public sealed class UsageTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    private UsageMeter Meter => fixture.Factory.Services.GetRequiredService<UsageMeter>();

    [Fact]
    public async Task DataCalls_AnsweredOnes_CountedAsCallsAndDownloadsOnHomeAndResourcePages()
    {
        await Meter.FlushAsync();
        var openBefore = await Meter.TotalsAsync(fixture.OpenCode);
        var conditionalBefore = await Meter.TotalsAsync(fixture.ConditionalCode);
        var anonymous = fixture.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/resources/{fixture.OpenCode}/rows?limit=5")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/resources/{fixture.OpenCode}/rows/count")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/resources/{fixture.OpenCode}/data/export?format=csv")).StatusCode);
        var ckan = await anonymous.GetFromJsonAsync<JsonElement>($"/api/3/action/datastore_search?resource_id={fixture.OpenCode}&limit=1");
        Assert.True(ckan.GetProperty("success").GetBoolean());
        // Refused and failed calls are not uses.
        Assert.False((await fixture.Developer.GetAsync($"/api/v1/resources/{fixture.ConditionalCode}/rows")).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync($"/api/v1/resources/{fixture.OpenCode}/rows?filter=%22nope%22%20%3D%201")).StatusCode);
        await Meter.FlushAsync();

        var open = await Meter.TotalsAsync(fixture.OpenCode);
        Assert.Equal((openBefore.ApiCalls + 3, openBefore.Downloads + 1), (open.ApiCalls, open.Downloads));
        Assert.Equal(conditionalBefore, await Meter.TotalsAsync(fixture.ConditionalCode));

        var home = await anonymous.GetStringAsync("/");
        var all = await Meter.TotalsAsync();
        Assert.Contains($"id=\"stat-api-calls\"><dt>接口调用次数</dt><dd>{all.ApiCalls:N0}</dd>", home, StringComparison.Ordinal);
        Assert.Contains($"id=\"stat-downloads\"><dt>下载次数</dt><dd>{all.Downloads:N0}</dd>", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/resources/{fixture.OpenCode}\"", home[home.IndexOf("most-used-list", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var resource = await anonymous.GetStringAsync($"/resources/{fixture.OpenCode}");
        Assert.Contains($"调用 {open.ApiCalls:N0} 次 · 下载 {open.Downloads:N0} 次", resource, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlushAsync_NothingCounted_WritesNothing()
    {
        await Meter.FlushAsync();

        Assert.Equal(0, await Meter.FlushAsync());
    }
}
