using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Zhongyuan.Tests;

/// <summary>The Henan map of the home page and the chart builder of a resource page.</summary>
[Collection(PortalCollection.Name)]
public sealed class ChartTests(PortalServer server)
{
    [Fact]
    public async Task Home_Map_DrawsHenanAndListsEveryCity()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator("#henan-map canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#city-table tbody th", new() { HasText = "郑州市" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#city-table tbody th", new() { HasText = "济源市" })).ToHaveCountAsync(1);
        Assert.True(await page.Locator("#city-table tbody tr").CountAsync() >= 18);
        await PortalServer.ScreenshotAsync(page, "home-map");
    }

    [Fact]
    public async Task ChartBuilder_SumByTextColumn_DrawsBarChartWithTheTableOfSums()
    {
        var resource = server.Resource;
        var expected = await ExpectedSumsAsync(resource.TextItem.Name, resource.IntegerItem.Name);
        var page = await server.NewPageAsync();
        await page.GotoAsync($"/resources/{resource.Code}");

        await page.GetByLabel("图表类型").SelectOptionAsync("bar");
        await page.GetByLabel("分类字段").SelectOptionAsync(resource.TextItem.Name);
        await page.GetByLabel("统计方式").SelectOptionAsync("sum");
        await page.GetByLabel("统计字段（求和、平均）").SelectOptionAsync(resource.IntegerItem.Name);
        await page.GetByRole(AriaRole.Button, new() { Name = "生成图表" }).ClickAsync();

        await Assertions.Expect(page.Locator("#chart canvas").First).ToBeVisibleAsync();
        var rows = page.Locator("#chart-data tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(expected.Count);
        await Assertions.Expect(page.Locator("#chart-status")).ToContainTextAsync("已生成图表");
        var shown = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < expected.Count; i++)
        {
            shown[await rows.Nth(i).Locator("th").InnerTextAsync()] = await rows.Nth(i).Locator("td").First.InnerTextAsync();
        }
        Assert.Equal(expected, shown);
        await PortalServer.ScreenshotAsync(page, "chart-bar");
    }

    [Fact]
    public async Task ChartBuilder_MapOfNonRegionColumn_SaysItCannotBeMapped()
    {
        var resource = server.Resource;
        var page = await server.NewPageAsync();
        await page.GotoAsync($"/resources/{resource.Code}");

        await page.GetByLabel("图表类型").SelectOptionAsync("map");
        await page.GetByLabel("分类字段").SelectOptionAsync(resource.IntegerItem.Name);
        await page.GetByRole(AriaRole.Button, new() { Name = "生成图表" }).ClickAsync();

        await Assertions.Expect(page.Locator("#chart-status")).ToContainTextAsync("不能按地图显示");
    }

    /// <summary>The sum of <paramref name="value"/> per value of <paramref name="category"/> over the uploaded rows, read through the rows API.</summary>
    private async Task<Dictionary<string, string>> ExpectedSumsAsync(string category, string value)
    {
        using var api = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var body = await api.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{server.Resource.Code}/rows?limit={PortalServer.Rows}");
        var columns = body.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        var (c, v) = (columns.IndexOf(category), columns.IndexOf(value));
        return body.GetProperty("rows").EnumerateArray()
            .GroupBy(r => r[c].ToString(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r[v].GetInt64()).ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
