using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Localization;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>
/// <c>/console/requests/new?resource=CODE</c>: a department member asks for another department's published resource on
/// behalf of one of the department's applications (created here when there is none): purpose, legal basis, items, row
/// scope, period, expected volume. console-requests.js posts it to <c>/api/v1/resources/{code}/share-requests</c>.
/// </summary>
internal static class ConsoleRequestForm
{
    public static async Task<IResult> Get(HttpContext context, ResourceStore resources, CancellationToken ct)
    {
        var page = PortalPage.From(context);
        if (ConsoleAccess.Refuse(page, ConsoleAccess.IsMember) is { } refusal)
        {
            return refusal;
        }
        var code = context.Request.Query["resource"].ToString().Trim();
        var resource = code.Length == 0 ? null : await resources.FindAsync(code, ct);
        var title = page.T("申请共享", "Request data");
        if (resource is not { Status: ResourceStatus.Published })
        {
            return ConsoleNav.Render(page, title, html => html.Raw("<p id=\"request-unavailable\">")
                .Text(page.T($"没有代码为“{code}”的已发布信息资源。", $"No published resource has the code \"{code}\"."))
                .Raw("</p><p>").Link("/search", page.T("在数据目录中查找", "Find it in the catalog")).Raw("</p>"));
        }
        var why = Unavailable(page, resource);
        return ConsoleNav.Render(page, title + " · " + resource.Metadata.Name, html =>
        {
            Summary(html, page, resource);
            if (why is not null)
            {
                html.Raw("<p id=\"request-unavailable\">").Text(why).Raw("</p>");
                return;
            }
            Form(html, page, resource);
        }, "console-requests.js");
    }

    private static string? Unavailable(PortalPage page, Resource resource) =>
        resource.Provider.Id == page.User.DepartmentId()
            ? page.T("这是本部门的资源，无须申请。", "This is your own department's resource: no request is needed.")
            : resource.Metadata.ShareType == ShareType.NotShared
                ? page.T("该资源不予共享。依据：", "This resource is not shared. Basis: ") + resource.Metadata.ShareBasis
                : null;

    private static void Summary(Html html, PortalPage page, Resource resource)
    {
        html.Raw("<dl class=\"facts\"><dt>").Text(page.T("信息资源代码", "Code")).Raw("</dt><dd>").Text(resource.Code)
            .Raw("</dd><dt>").Text(page.T("提供方", "Provider")).Raw("</dt><dd>").Text(resource.Provider.Name)
            .Raw("</dd><dt>").Text(page.T("共享类型", "Share type")).Raw("</dt><dd>").Text(Labels.Of(resource.Metadata.ShareType).In(page.English));
        if (resource.Metadata.ShareConditions is { } conditions)
        {
            html.Raw("</dd><dt>").Text(page.T("共享条件", "Conditions")).Raw("</dt><dd>").Text(conditions);
        }
        html.Raw("</dd></dl>");
    }

    private static void Form(Html html, PortalPage page, Resource resource)
    {
        html.Raw("<p class=\"error\" id=\"request-error\" role=\"alert\" tabindex=\"-1\" hidden></p><div id=\"request-done\" role=\"status\" hidden></div>")
            .Raw("<form id=\"request-form\" class=\"console-form\" novalidate").Attr("data-code", resource.Code)
            .Attr("data-department", page.User.DepartmentId()!.Value.ToString(CultureInfo.InvariantCulture)).Raw(">");
        Applications(html, page);
        Area(html, "purpose", page.T("用途（数据只能用于此用途）", "Purpose (the data may be used for nothing else)"), true);
        Area(html, "legalBasis", page.T("申请依据（法律法规或政策文件）", "Legal or policy basis"), resource.Metadata.ShareType == ShareType.Conditional);
        html.Raw("<fieldset class=\"checks\" id=\"f-items\" aria-describedby=\"e-items\"><legend>").Text(page.T("所需信息项", "Items needed")).Raw("</legend>");
        foreach (var item in resource.Metadata.Items)
        {
            html.Raw("<label><input type=\"checkbox\" name=\"items\" checked").Attr("value", item.Name).Raw(">").Text(item.Name).Raw("</label>");
        }
        html.Raw("</fieldset>");
        Note(html, "items");
        Field(html, "rowFilter", page.T("行范围（可选，筛选条件，如 \"统计年度\" >= 2020）", "Row scope (optional filter, e.g. \"统计年度\" >= 2020)"), "text");
        Field(html, "startsAt", page.T("开始日期（默认今天）", "From (default today)"), "date");
        Field(html, "endsAt", page.T("结束日期（默认一年后）", "Until (default in a year)"), "date");
        Field(html, "expectedVolume", page.T("预计用量（如 每日约 2000 次查询）", "Expected volume (e.g. about 2,000 queries a day)"), "text");
        html.Raw("<label class=\"check\"><input type=\"checkbox\" name=\"complex\" id=\"f-complex\">").Text(page.T("复杂情形（10 个工作日内答复）", "Complex case (answered within 10 working days)"))
            .Raw("</label><div class=\"actions\"><button type=\"submit\" id=\"request-submit\">").Text(page.T("提交申请", "Submit the request")).Raw("</button></div></form>");
    }

    private static void Applications(Html html, PortalPage page) =>
        html.Raw("<label for=\"f-applicationId\">").Text(page.T("使用数据的应用", "Application that will use the data"))
            .Raw("</label><select id=\"f-applicationId\" name=\"applicationId\" aria-describedby=\"e-applicationId\"></select>")
            .Raw("<details id=\"new-application\"><summary>").Text(page.T("登记新应用", "Register an application")).Raw("</summary>")
            .Raw("<label for=\"app-name\">").Text(page.T("应用名称", "Name")).Raw("</label><input id=\"app-name\">")
            .Raw("<label for=\"app-description\">").Text(page.T("应用说明", "What it does")).Raw("</label><input id=\"app-description\">")
            .Raw("<button type=\"button\" id=\"app-create\">").Text(page.T("登记应用", "Register")).Raw("</button></details>")
            .Raw("<p class=\"field-note\" id=\"e-applicationId\" aria-live=\"polite\" data-hint=\"\"></p>");

    private static void Area(Html html, string field, string label, bool required)
    {
        html.Raw("<label").Attr("for", "f-" + field).Raw(">").Text(label).Raw(required ? " <span aria-hidden=\"true\">*</span>" : "").Raw("</label><textarea rows=\"2\"")
            .Attr("id", "f-" + field).Attr("name", field).Attr("aria-describedby", "e-" + field).Raw(required ? " aria-required=\"true\"></textarea>" : "></textarea>");
        Note(html, field);
    }

    private static void Field(Html html, string field, string label, string type)
    {
        html.Raw("<label").Attr("for", "f-" + field).Raw(">").Text(label).Raw("</label><input").Attr("type", type).Attr("id", "f-" + field)
            .Attr("name", field).Attr("aria-describedby", "e-" + field).Raw(">");
        Note(html, field);
    }

    private static void Note(Html html, string field) =>
        html.Raw("<p class=\"field-note\" aria-live=\"polite\" data-hint=\"\"").Attr("id", "e-" + field).Raw("></p>");
}
