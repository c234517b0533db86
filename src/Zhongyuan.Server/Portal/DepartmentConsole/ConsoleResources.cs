using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Governance.Quality;
using Zhongyuan.Localization;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>
/// <c>/console/resources</c>: the steward's department's resources with status, share and open type, metadata version,
/// current data version and quality, and the lifecycle buttons (submit, publish) that console-resource.js posts.
/// Two queries: the department's resources and its quality league table.
/// </summary>
internal static class ConsoleResources
{
    public static async Task<IResult> Get(HttpContext context, ResourceStore resources, QualityService quality, CancellationToken ct)
    {
        var page = PortalPage.From(context);
        if (ConsoleAccess.Refuse(page, ConsoleAccess.IsSteward) is { } refusal)
        {
            return refusal;
        }
        var department = page.User.DepartmentId()!.Value;
        var (list, _) = await resources.ListAsync(new ResourceListQuery(ProviderId: department, Limit: 1000), ct);
        var scores = (await quality.DepartmentAsync(department, ct))?.Resources.ToDictionary(r => r.Code, StringComparer.Ordinal)
            ?? new Dictionary<string, ResourceQuality>(StringComparer.Ordinal);
        return ConsoleNav.Render(page, page.T("本部门资源", "Our resources"), html =>
        {
            html.Raw("<p>").Link("/console/resources/new", page.T("登记新资源", "Register a resource"), "button").Raw("</p>")
                .Raw("<p class=\"error\" id=\"lifecycle-error\" role=\"alert\" hidden></p>");
            Table(html, page, list, scores);
        }, "console-resource.js");
    }

    private static void Table(Html html, PortalPage page, IReadOnlyList<Resource> list, Dictionary<string, ResourceQuality> scores)
    {
        if (list.Count == 0)
        {
            html.Raw("<p id=\"resource-list\">").Text(page.T("本部门还没有登记信息资源。", "Your department has no resources yet.")).Raw("</p>");
            return;
        }
        html.Raw("<div class=\"table-wrap\" tabindex=\"0\"><table id=\"resource-list\"><caption>").Text(page.T($"共 {list.Count} 项", $"{list.Count} resources"))
            .Raw("</caption><thead><tr>");
        foreach (var h in new[] { "代码|Code", "名称|Name", "状态|Status", "共享类型|Sharing", "开放类型|Opening", "目录版本|Metadata", "数据版本|Data", "质量|Quality", "操作|Actions" })
        {
            var parts = h.Split('|');
            html.Raw("<th scope=\"col\">").Text(page.T(parts[0], parts[1])).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody>");
        foreach (var r in list)
        {
            Row(html, page, r, scores.GetValueOrDefault(r.Code));
        }
        html.Raw("</tbody></table></div>");
    }

    private static void Row(Html html, PortalPage page, Resource r, ResourceQuality? q)
    {
        html.Raw("<tr").Attr("data-code", r.Code).Raw("><td>").Text(r.Code).Raw("</td><th scope=\"row\">").Link(ConsoleUrls.Edit(r.Code), r.Metadata.Name)
            .Raw("</th><td class=\"status\">").Text(Labels.Of(r.Status).In(page.English)).Raw("</td><td>").Text(Labels.Of(r.Metadata.ShareType).In(page.English))
            .Raw("</td><td>").Text(Labels.Of(r.Metadata.OpenType).In(page.English)).Raw("</td><td>").Number(r.Version).Raw("</td><td>")
            .Text(q is null ? "—" : page.T($"第 {q.Version} 版 · {q.Rows:N0} 行", $"v{q.Version} · {q.Rows:N0} rows")).Raw("</td><td>")
            .Text(q?.Overall is { } o ? o.ToString("0.0", CultureInfo.InvariantCulture) : "—").Raw("</td><td class=\"actions\">")
            .Link(ConsoleUrls.Edit(r.Code), page.T("编辑", "Edit")).Raw(" ").Link(ConsoleUrls.Data(r.Code), page.T("数据", "Data"));
        Lifecycle(html, page, r);
        html.Raw("</td></tr>");
    }

    /// <summary>The next lifecycle step the steward may take: submit a draft, publish a submitted entry.</summary>
    public static void Lifecycle(Html html, PortalPage page, Resource r)
    {
        var (step, zh, en) = r.Status switch
        {
            ResourceStatus.Draft => ("submit", "提交发布", "Submit"),
            ResourceStatus.Submitted => ("publish", "发布", "Publish"),
            _ => ("", "", ""),
        };
        if (step.Length > 0)
        {
            html.Raw(" <button type=\"button\" class=\"lifecycle\"").Attr("data-step", step).Attr("data-code", r.Code).Raw(">")
                .Text(page.T(zh, en)).Raw("</button>");
        }
    }
}
