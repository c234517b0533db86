using System.Text;
using Microsoft.Playwright;

namespace Zhongyuan.Tests;

[Collection(PortalCollection.Name)]
public sealed class PortalPagesTests(PortalServer server)
{
    private OpenResource Resource => server.Resource;

    [Fact]
    public async Task Search_ResourceName_FindsItAndOpensItsPage()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/");
        await PortalServer.ScreenshotAsync(page, "home");
        await page.GetByLabel("搜索数据资源").FillAsync(Resource.Name);
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();

        var link = page.Locator($"#results a[href='/resources/{Resource.Code}']");
        await Assertions.Expect(link).ToBeVisibleAsync();
        await PortalServer.ScreenshotAsync(page, "search");
        await link.ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Resource.Name);
        await Assertions.Expect(page.Locator("#items + .table-wrap tbody tr, #items ~ .table-wrap tbody tr")).ToHaveCountAsync(Resource.Items.Count);
        await PortalServer.ScreenshotAsync(page, "resource");
    }

    [Fact]
    public async Task Preview_SortAndFilter_ShowsMatchingRowsInOrder()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync($"/resources/{Resource.Code}");
        var rows = page.Locator("#preview-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(Math.Min(PortalServer.Rows, 20));
        var column = Resource.Items.ToList().IndexOf(Resource.IntegerItem) + 1;
        var firstCell = page.Locator($"#preview-table tbody tr:first-child td:nth-child({column})");
        var header = page.Locator("#preview-table thead th a", new() { HasText = Resource.IntegerItem.Name });

        await header.ClickAsync();
        await Assertions.Expect(firstCell).ToHaveTextAsync("1001");
        await page.Locator("#preview-table thead th a", new() { HasText = Resource.IntegerItem.Name }).ClickAsync();
        await Assertions.Expect(firstCell).ToHaveTextAsync((1000 + PortalServer.Rows).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#preview-table thead th[aria-sort=descending]")).ToHaveCountAsync(1);

        await page.GetByLabel("列").SelectOptionAsync(Resource.IntegerItem.Name);
        await page.GetByLabel("条件").SelectOptionAsync("ge");
        await page.GetByLabel("值", new() { Exact = true }).FillAsync("1026");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();

        await Assertions.Expect(rows).ToHaveCountAsync(PortalServer.Rows - 25);
        await Assertions.Expect(page.Locator("#preview-count")).ToContainTextAsync($"符合条件 {PortalServer.Rows - 25} 行");
        await Assertions.Expect(firstCell).ToHaveTextAsync((1000 + PortalServer.Rows).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Download_Csv_FileHoldsEveryRow()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync($"/resources/{Resource.Code}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads + .downloads a[data-format=csv]").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), "zy-download-" + Guid.NewGuid().ToString("N") + ".csv");
        await download.SaveAsAsync(path);
        var lines = (await File.ReadAllTextAsync(path, Encoding.UTF8)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        File.Delete(path);

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal(PortalServer.Rows + 1, lines.Length);
        Assert.StartsWith(Resource.Items[0].Name, lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("1017", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Download_FilteredCsv_HoldsOnlyMatchingRows()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync($"/resources/{Resource.Code}?col={Uri.EscapeDataString(Resource.IntegerItem.Name)}&op=le&val=1003");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads + .downloads li:first-child a.filtered").ClickAsync());
        var text = await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8);

        Assert.Equal(4, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task LanguageSwitch_English_LabelsInEnglishAndRemembered()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        await page.Locator("#lang-switch").ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Henan Open Government Data");
        await page.GotoAsync($"/resources/{Resource.Code}");
        await Assertions.Expect(page.Locator("#metadata")).ToHaveTextAsync("Metadata");
        await Assertions.Expect(page.Locator("#items")).ToHaveTextAsync("Fields");
        await Assertions.Expect(page.Locator("#lang-switch")).ToHaveTextAsync("中文");
        await PortalServer.ScreenshotAsync(page, "resource-en");
    }

    [Fact]
    public async Task Search_NoMatch_SuggestsDroppingFiltersAndPopularThemes()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/search?q=qzxjvwk&theme=" + Uri.EscapeDataString("经济建设"));

        await Assertions.Expect(page.Locator("#no-results")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("共 0 个资源");
        await page.Locator(".suggest-drop-filters").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q=qzxjvwk$"));
        Assert.True(await page.Locator("#popular-themes li").CountAsync() > 0);
        await PortalServer.ScreenshotAsync(page, "search-empty");
    }

    [Fact]
    public async Task Search_PhoneWidth_FacetsAndResultsFitTheScreen()
    {
        var page = await server.NewPageAsync(width: 360);
        await page.GotoAsync("/search?open=unconditional");

        await Assertions.Expect(page.Locator("#results li").First).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than a 360 px screen.");
        await PortalServer.ScreenshotAsync(page, "search-phone");
    }
}
