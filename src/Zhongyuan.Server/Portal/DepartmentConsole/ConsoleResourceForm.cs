using Zhongyuan.Catalog;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>
/// <c>/console/resources/new</c> and <c>/console/resources/{code}/edit</c>: every catalog field of a resource with the
/// enums as selects labelled in the page language, and an editable table of information items. console-resource.js
/// posts the form to the catalog API and shows each field error of the answer next to the field it names.
/// </summary>
internal static partial class ConsoleResourceForm
{
    public static IResult New(HttpContext context)
    {
        var page = PortalPage.From(context);
        return ConsoleAccess.Refuse(page, ConsoleAccess.IsSteward)
            ?? ConsoleNav.Render(page, page.T("登记信息资源", "Register a resource"), html => Form(html, page, null), "console-resource.js");
    }

    public static async Task<IResult> Edit(string code, HttpContext context, ResourceStore resources, CancellationToken ct)
    {
        var page = PortalPage.From(context);
        if (ConsoleAccess.Refuse(page, ConsoleAccess.IsSteward) is { } refusal)
        {
            return refusal;
        }
        var resource = await Own(resources, code, page, ct);
        return resource is null
            ? ConsoleAccess.NotFound(page, code)
            : ConsoleNav.Render(page, page.T("编辑信息资源", "Edit a resource") + " " + resource.Code, html => Form(html, page, resource), "console-resource.js");
    }

    /// <summary>The resource when it belongs to the signed-in steward's department, else null.</summary>
    public static async Task<Resource?> Own(ResourceStore resources, string code, PortalPage page, CancellationToken ct) =>
        await resources.FindAsync(code, ct) is { } r && r.Provider.Id == page.User.DepartmentId() ? r : null;

    private static void Form(Html html, PortalPage page, Resource? resource)
    {
        if (resource is not null)
        {
            html.Raw("<p class=\"console-who\">").Text(page.T("状态：", "Status: ")).Raw("<span id=\"resource-status\">")
                .Text(Localization.Labels.Of(resource.Status).In(page.English)).Raw("</span> · ")
                .Text(page.T($"目录版本 {resource.Version}", $"metadata version {resource.Version}")).Raw(" · ")
                .Link(ConsoleUrls.Data(resource.Code), page.T("上传数据", "Upload data"));
            ConsoleResources.Lifecycle(html, page, resource);
            html.Raw("</p>");
        }
        html.Raw("<p class=\"error\" id=\"form-error\" role=\"alert\" tabindex=\"-1\" hidden></p>")
            .Raw("<p class=\"ok\" id=\"form-ok\" role=\"status\" hidden></p>")
            .Raw("<form id=\"resource-form\" class=\"console-form\" novalidate")
            .Attr("data-department", page.User.DepartmentId()?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Attr("data-code", resource?.Code)
            .Attr("data-metadata", resource is null ? null : CatalogJson.Serialize(resource.Metadata)).Raw(">");
        Basics(html, page, resource is not null);
        Sharing(html, page);
        Items(html, page);
        html.Raw("<div class=\"actions\"><button type=\"submit\" id=\"resource-save\">")
            .Text(resource is null ? page.T("保存为草稿", "Save as draft") : page.T("保存修改", "Save changes")).Raw("</button></div></form>");
    }
}
