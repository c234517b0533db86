using Zhongyuan.Catalog;
using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

internal static partial class ResourcesCommand
{
    private static Command Show(ClientRunner runner)
    {
        var code = CodeArgument(runner.Text);
        var command = new Command("show", runner.Text["显示一条信息资源", "Show one resource"]) { code };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var resource = await s.Client.ResourceAsync(r.GetValue(code)!, ct).ConfigureAwait(false);
            RenderResource(s, resource);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void RenderResource(ClientSession s, JsonElement resource)
    {
        if (s.Json)
        {
            s.Out.Json(resource);
            return;
        }
        var m = resource.Get("metadata");
        s.Out.Write(new Panel(Fields(s.T, resource, m)) { Header = new PanelHeader(Markup.Escape(m.Str("name"))), Expand = true });
        s.Out.Write(ItemsTable(s.T, m.Get("items")));
    }

    private static Grid Fields(Localizer t, JsonElement r, JsonElement m)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        (string Label, string Value)[] rows =
        [
            (t["代码", "Code"], r.Str("code")), (t["状态", "Status"], Labels.Status(r.Str("status"), t)), (t["版本", "Version"], r.Str("version")),
            (t["提供方", "Provider"], r.Get("provider").Str("name")), (t["分类", "Classification"], m.Str("classification")),
            (t["摘要", "Abstract"], m.Str("abstract")), (t["格式", "Format"], Labels.Of<ResourceFormat>(m.Str("format"), t)),
            (t["共享类型", "Share type"], Labels.Of<ShareType>(m.Str("shareType"), t)), (t["共享条件", "Share conditions"], m.Str("shareConditions")),
            (t["不予共享依据", "Share basis"], m.Str("shareBasis")), (t["共享方式", "Share methods"], Labels.Of<ShareMethod>(m.Str("shareMethods"), t)),
            (t["开放类型", "Open type"], Labels.Of<OpenType>(m.Str("openType"), t)), (t["开放条件", "Open conditions"], m.Str("openConditions")),
            (t["更新周期", "Update cycle"], Labels.Of<UpdateCycle>(m.Str("updateCycle"), t)), (t["数据分级", "Grade"], Labels.Of<DataGrade>(m.Str("grade"), t)),
            (t["标签", "Tags"], m.Str("tags")), (t["主题", "Themes"], m.Str("themes")), (t["关联资源", "Related"], m.Str("relatedCodes")),
            (t["行政区划", "Region"], m.Str("regionCode")), (t["创建", "Created"], r.Date("createdAt")),
            (t["更新", "Updated"], r.Date("updatedAt")), (t["发布日期", "Published"], r.Str("publishDate")),
        ];
        foreach (var (label, value) in rows.Where(row => row.Value.Length > 0))
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape(label)}[/]"), new Text(value));
        }
        return grid;
    }

    private static Table ItemsTable(Localizer t, JsonElement items)
    {
        var table = new Table { Title = new TableTitle(t["信息项", "Items"]) }
            .AddColumns(t["名称", "Name"], t["类型", "Type"], t["长度", "Length"], t["共享", "Share"], t["敏感", "Sensitivity"], t["脱敏", "Masking"], t["主键", "Key"]);
        foreach (var item in items.Items())
        {
            table.AddRow(Markup.Escape(item.Str("name")), Markup.Escape(Labels.Of<ItemDataType>(item.Str("dataType"), t)), item.Str("length"), Markup.Escape(Labels.Of<ShareType>(item.Str("shareType"), t)),
                Markup.Escape(Labels.Of<Sensitivity>(item.Str("sensitivity"), t)), Markup.Escape(Labels.Of<MaskingRule>(item.Str("masking"), t)), item.Str("isKey") == "true" ? "✓" : "");
        }
        return table;
    }
}
