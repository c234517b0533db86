using System.Text;
using Microsoft.Playwright;
using Zhongyuan.Identity;

namespace Zhongyuan.Tests;

/// <summary>A data steward registers a resource through the console form, submits and publishes it, and loads a file into it.</summary>
[Collection(PortalCollection.Name)]
public sealed class ConsoleStewardTests(PortalServer server)
{
    private const int FileRows = 7;

    [Fact]
    public async Task RegisterAndLoad_MissingAbstractThenFixed_LoadFinishesWithRowCount()
    {
        var steward = await server.CreateAccountAsync(Role.DataSteward);
        var page = await server.SignedInPageAsync(steward);
        await page.GotoAsync("/console");
        await Assertions.Expect(page.Locator("#todo-requests")).ToBeVisibleAsync();
        await PortalServer.ScreenshotAsync(page, "console-home-steward");

        var name = "控制台测试登记资源" + Guid.NewGuid().ToString("N")[..6];
        await page.GotoAsync("/console/resources/new");
        await page.Locator("#f-classification").SelectOptionAsync("101000000");
        await page.Locator("#f-name").FillAsync(name);
        await page.Locator("#items-body [data-item=name]").FillAsync("名称");
        await page.Locator("#item-add").ClickAsync();
        await page.Locator("#items-body tr.item").Nth(1).Locator("[data-item=name]").FillAsync("数量");
        await page.Locator("#items-body tr.item").Nth(1).Locator("[data-item=dataType]").SelectOptionAsync("integer");
        await page.Locator("#resource-save").ClickAsync();

        await Assertions.Expect(page.Locator("#e-abstract")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("invalid"));
        await Assertions.Expect(page.Locator("#e-abstract")).ToContainTextAsync("摘要不能为空");
        await Assertions.Expect(page.Locator("#f-abstract")).ToHaveAttributeAsync("aria-invalid", "true");
        await PortalServer.ScreenshotAsync(page, "console-resource-form-error");

        await page.Locator("#f-abstract").FillAsync("浏览器测试登记的信息资源，包含名称与数量。");
        await page.Locator("#resource-save").ClickAsync();
        await Assertions.Expect(page.Locator("#form-ok")).ToContainTextAsync("已登记为草稿");
        Assert.Contains("/edit", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#resource-status")).ToHaveTextAsync("草稿");

        await page.Locator("button.lifecycle[data-step=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#resource-status")).ToHaveTextAsync("已提交");
        await page.Locator("button.lifecycle[data-step=publish]").ClickAsync();
        await Assertions.Expect(page.Locator("#resource-status")).ToHaveTextAsync("已发布");
        await PortalServer.ScreenshotAsync(page, "console-resource-edit");

        await page.GetByRole(AriaRole.Link, new() { Name = "上传数据" }).ClickAsync();
        await page.Locator("#upload-file").SetInputFilesAsync(WriteCsv());
        await page.Locator("#upload-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#rows-accepted")).ToHaveTextAsync(FileRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#rows-rejected")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("#job-progress")).ToHaveAttributeAsync("value", "1");
        await Assertions.Expect(page.Locator("#versions tbody tr")).ToHaveCountAsync(1);
        await PortalServer.ScreenshotAsync(page, "console-data-upload");

        await page.GotoAsync("/console/resources");
        await Assertions.Expect(page.Locator("#resource-list tr", new() { HasText = name })).ToContainTextAsync("已发布");
        await PortalServer.ScreenshotAsync(page, "console-resources");
    }

    private static string WriteCsv()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("zy-console-").FullName, "upload.csv");
        var csv = new StringBuilder("名称,数量\n");
        for (var i = 1; i <= FileRows; i++)
        {
            csv.Append("条目").Append(i).Append(',').Append(i * 10).Append('\n');
        }
        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(false));
        return path;
    }
}
