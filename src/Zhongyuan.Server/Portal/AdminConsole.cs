using Zhongyuan.Identity;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The administrators' console (<c>/console/admin</c>): departments, users and roles for the system administrator and the
/// security administrator; the platform dashboard at <c>/console/admin/dashboard</c>. The pages are shells that admin.js
/// fills through the JSON APIs (<c>/api/v1/departments</c>, <c>/api/v1/users</c>, <c>/api/v1/roles</c>), which enforce
/// three-role separation themselves; their refusals are shown as they come.
/// </summary>
internal static partial class AdminConsole
{
    /// <summary>The roles that see the administrators' console.</summary>
    private static readonly Role[] Administrators = [Role.SystemAdministrator, Role.SecurityAdministrator];

    public static void MapAdminConsole(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/console").ExcludeFromDescription().AllowAnonymous();
        pages.MapGet("/admin", Get);
        pages.MapGet("/admin/dashboard", AdminDashboard.Get);
        pages.MapGet("/audit", AuditConsole.Get);
    }

    public static IResult Get(HttpContext context)
    {
        var page = PortalPage.From(context);
        if (ConsoleGate.Check(page, Administrators) is { } refusal)
        {
            return refusal;
        }
        var system = page.User.IsInRole(nameof(Role.SystemAdministrator));
        return PortalLayout.Render(page, page.T("系统管理", "Administration"), html =>
        {
            html.Raw("<h1>").Text(page.T("系统管理", "Administration")).Raw("</h1>");
            Nav(html, page, "/console/admin");
            html.Raw("<p id=\"admin-message\" role=\"status\" aria-live=\"polite\" class=\"notice\" hidden></p>");
            Users(html, page, system);
            Departments(html, page, system);
        }, StatusCodes.Status200OK, "admin.js");
    }

    /// <summary>Links between the administrators' pages.</summary>
    internal static void Nav(Html html, PortalPage page, string current)
    {
        html.Raw("<nav class=\"toc\"").Attr("aria-label", page.T("管理导航", "Administration")).Raw("><ul>");
        foreach (var (href, zh, en) in new[] { ("/console/admin", "用户与部门", "Users and departments"), ("/console/admin/dashboard", "平台概况", "Dashboard") })
        {
            html.Raw("<li>").Link(href, page.T(zh, en), current: href == current ? "page" : null).Raw("</li>");
        }
        html.Raw("</ul></nav>");
    }

    private static void Users(Html html, PortalPage page, bool system)
    {
        html.Raw("<section aria-labelledby=\"users-heading\"><h2 id=\"users-heading\">").Text(page.T("用户", "Users")).Raw("</h2>")
            .Raw("<form id=\"user-filter\" class=\"filter-form\"><div><label for=\"user-q\">").Text(page.T("姓名或用户名", "Name or username"))
            .Raw("</label><input id=\"user-q\" name=\"q\" maxlength=\"64\"></div><div><label for=\"user-role\">").Text(page.T("角色", "Role"))
            .Raw("</label><select id=\"user-role\" name=\"role\" class=\"role-select\" data-any=\"").Text(page.T("全部", "Any")).Raw("\"></select></div>")
            .Raw("<div><label for=\"user-disabled\">").Text(page.T("状态", "Status")).Raw("</label><select id=\"user-disabled\" name=\"disabled\"><option value=\"\">")
            .Text(page.T("全部", "Any")).Raw("</option><option value=\"false\">").Text(page.T("启用", "Active")).Raw("</option><option value=\"true\">")
            .Text(page.T("停用", "Disabled")).Raw("</option></select></div><div class=\"actions\"><button type=\"submit\">").Text(page.T("查询", "Search"))
            .Raw("</button></div></form><div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"users-heading\"><table id=\"user-table\"><thead><tr>");
        foreach (var h in new[] { page.T("用户名", "Username"), page.T("姓名", "Name"), page.T("角色", "Role"), page.T("部门", "Department"), page.T("状态", "Status"), page.T("操作", "Actions") })
        {
            html.Raw("<th scope=\"col\">").Text(h).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody></tbody></table></div>");
        if (system)
        {
            CreateUser(html, page);
        }
        html.Raw("</section>");
    }

    private static void CreateUser(Html html, PortalPage page) =>
        html.Raw("<h3 id=\"new-user-heading\">").Text(page.T("新建用户", "New user")).Raw("</h3>")
            .Raw("<form id=\"user-create\" class=\"filter-form\" aria-labelledby=\"new-user-heading\"><div><label for=\"new-username\">").Text(page.T("用户名", "Username"))
            .Raw("</label><input id=\"new-username\" name=\"username\" required maxlength=\"64\" autocomplete=\"off\"></div><div><label for=\"new-name\">")
            .Text(page.T("姓名", "Display name")).Raw("</label><input id=\"new-name\" name=\"displayName\" required maxlength=\"100\"></div><div><label for=\"new-role\">")
            .Text(page.T("角色", "Role")).Raw("</label><select id=\"new-role\" name=\"role\" class=\"role-select\"></select></div><div><label for=\"new-department\">")
            .Text(page.T("部门", "Department")).Raw("</label><select id=\"new-department\" name=\"departmentId\" class=\"department-select\" data-none=\"")
            .Text(page.T("（无）", "(none)")).Raw("\"></select></div><div class=\"actions\"><button type=\"submit\" id=\"new-user-submit\">")
            .Text(page.T("创建", "Create")).Raw("</button></div></form>")
            .Raw("<p id=\"new-user-result\" role=\"status\" aria-live=\"polite\"></p>");

    private static void Departments(Html html, PortalPage page, bool system)
    {
        html.Raw("<section aria-labelledby=\"departments-heading\"><h2 id=\"departments-heading\">").Text(page.T("部门", "Departments")).Raw("</h2>")
            .Raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"departments-heading\"><table id=\"department-table\"><thead><tr>");
        foreach (var h in new[] { "ID", page.T("名称", "Name"), page.T("简称", "Short name"), page.T("级别", "Level"), page.T("行政区划", "Region"), page.T("统一社会信用代码", "Credit code") })
        {
            html.Raw("<th scope=\"col\">").Text(h).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody></tbody></table></div>");
        if (!system)
        {
            html.Raw("</section>");
            return;
        }
        html.Raw("<h3 id=\"new-department-heading\">").Text(page.T("新增部门", "New department")).Raw("</h3><form id=\"department-create\" class=\"filter-form\" aria-labelledby=\"new-department-heading\">");
        foreach (var (id, name, zh, en, extra) in new[]
        {
            ("dept-name", "name", "名称", "Name", "maxlength=\"100\""), ("dept-short", "shortName", "简称", "Short name", "maxlength=\"50\""),
            ("dept-credit", "creditCode", "统一社会信用代码", "Credit code", "maxlength=\"18\" pattern=\"[0-9A-Z]{18}\""),
            ("dept-region", "regionCode", "行政区划代码", "Region code", "maxlength=\"6\" pattern=\"[0-9]{6}\" value=\"410000\""),
        })
        {
            html.Raw("<div><label").Attr("for", id).Raw(">").Text(page.T(zh, en)).Raw("</label><input required").Attr("id", id).Attr("name", name).Raw(" " + extra + "></div>");
        }
        html.Raw("<div><label for=\"dept-level\">").Text(page.T("级别", "Level")).Raw("</label><select id=\"dept-level\" name=\"level\">");
        foreach (var (value, zh, en) in new[] { ("province", "省级", "Province"), ("city", "市级", "City"), ("county", "县级", "County") })
        {
            html.Raw("<option").Attr("value", value).Raw(">").Text(page.T(zh, en)).Raw("</option>");
        }
        html.Raw("</select></div><div class=\"actions\"><button type=\"submit\" id=\"new-department-submit\">").Text(page.T("新增", "Add"))
            .Raw("</button></div></form></section>");
    }
}
