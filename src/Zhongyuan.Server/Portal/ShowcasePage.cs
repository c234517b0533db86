using System.Globalization;
using Zhongyuan.Community;
using Zhongyuan.Localization;
using Zhongyuan.Server.Api;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The showcase of uses <c>/showcase?resource=code&amp;page=N</c>: approved entries (20 a page), a submission form for
/// signed-in users. <c>?moderate=1</c> is the administrators' moderation view of pending entries (checked here, not only
/// by the API). Two queries: the count and the page.
/// </summary>
internal static class ShowcasePage
{
    private const int PageSize = 20;

    /// <summary>The showcase, filtered to a resource when given.</summary>
    public static string Url(string? resource = null) => resource is null ? "/showcase" : "/showcase?resource=" + Uri.EscapeDataString(resource);

    public static async Task<IResult> Get(HttpContext context, ShowcaseStore store, string? resource, string? moderate, int? page,
        CancellationToken ct)
    {
        var portal = PortalPage.From(context);
        var moderating = moderate == "1";
        if (moderating && !portal.SignedIn)
        {
            return Results.Redirect("/signin?return=" + Uri.EscapeDataString(portal.Here));
        }
        var actor = CommunityEndpoints.Actor(portal.User);
        if (moderating && actor?.IsAdmin != true)
        {
            return PortalLayout.Render(portal, portal.T("无权审核", "Not allowed"), html => html.Raw("<h1>").Text(portal.T("无权审核", "Not allowed"))
                .Raw("</h1><p>").Text(portal.T("只有系统管理员可以审核应用成果。", "Only system administrators moderate the showcase.")).Raw("</p>"),
                StatusCodes.Status403Forbidden);
        }
        var number = Math.Max(page ?? 1, 1);
        var entries = await store.ListAsync(new ShowcaseQuery
        {
            Status = moderating ? ModerationStatus.Pending : ModerationStatus.Approved, ResourceCode = string.IsNullOrWhiteSpace(resource) ? null : resource,
            Limit = PageSize, Offset = (number - 1) * PageSize,
        }, ct);
        var title = moderating ? portal.T("审核应用成果", "Moderate the showcase") : portal.T("应用成果", "Showcase");
        return PortalLayout.Render(portal, title, html =>
        {
            html.Raw("<h1>").Text(title).Raw("</h1><p class=\"lead\">").Text(moderating
                ? portal.T($"待审核 {entries.Total} 项。通过后将显示在成果展示和所用资源的页面上。", $"{entries.Total} pending. Approved entries show here and on the resources' pages.")
                : portal.T("社会各界基于开放数据开发的应用、分析、可视化和研究成果。", "Apps, analyses, visualisations and research built on the open data.")).Raw("</p>");
            if (resource is not null && !moderating)
            {
                html.Raw("<p>").Text(portal.T("使用资源 ", "Using resource ")).Link(ResourcePage.Url(resource), resource).Text(" · ").Link("/showcase", portal.T("全部成果", "All entries")).Raw("</p>");
            }
            if (actor?.IsAdmin == true && !moderating)
            {
                html.Raw("<p>").Link("/showcase?moderate=1", portal.T("审核待处理的成果 →", "Moderate pending entries →"), "moderate-link").Raw("</p>");
            }
            List(html, portal, entries, moderating);
            Pager(html, portal, number, entries.Total);
            if (!moderating)
            {
                SubmitForm(html, portal, resource);
            }
        }, StatusCodes.Status200OK, "community.js");
    }

    /// <summary>One entry as a list item: title linked to its address, kind, description, the resources it uses.</summary>
    public static void Entry(Html html, PortalPage page, ShowcaseEntry entry, bool moderating = false)
    {
        var id = entry.Id.ToString(CultureInfo.InvariantCulture);
        html.Raw("<li class=\"showcase-entry\"").Attr("id", "showcase-" + id).Raw("><h3><a rel=\"nofollow noopener\"").Attr("href", entry.Url).Raw(">").Text(entry.Title)
            .Raw("</a></h3><p class=\"facts\">").Element("span", Labels.Of(entry.Kind).In(page.English), "badge")
            .Element("span", page.T("提交人 ", "By ") + entry.SubmitterName).Element("span", CommunityHtml.When(entry.CreatedAt)).Raw("</p><p>").Text(entry.Description)
            .Raw("</p><p class=\"uses\">").Text(page.T("所用资源：", "Uses: "));
        foreach (var code in entry.ResourceCodes)
        {
            html.Link(ResourcePage.Url(code), code).Text(" ");
        }
        html.Raw("</p>");
        if (moderating)
        {
            var reason = "reason-" + id;
            html.Raw("<div class=\"moderate\"><label").Attr("for", reason).Raw(">").Text(page.T("意见（不通过时必填）", "Note (required to reject)")).Raw("</label><input")
                .Attr("id", reason).Raw("><button type=\"button\" class=\"approve\"").Attr("data-api", $"POST /api/v1/showcase/{id}/moderate")
                .Attr("data-body", "{\"decision\":\"approve\"}").Attr("data-reason", reason).Attr("data-status", "status-" + id).Raw(">").Text(page.T("通过", "Approve"))
                .Raw("</button><button type=\"button\" class=\"reject\"").Attr("data-api", $"POST /api/v1/showcase/{id}/moderate")
                .Attr("data-body", "{\"decision\":\"reject\"}").Attr("data-reason", reason).Attr("data-status", "status-" + id).Raw(">").Text(page.T("不通过", "Reject"))
                .Raw("</button><p class=\"form-status error\" role=\"alert\" hidden").Attr("id", "status-" + id).Raw("></p></div>");
        }
        html.Raw("</li>");
    }

    private static void List(Html html, PortalPage page, CommunityPage<ShowcaseEntry> entries, bool moderating)
    {
        if (entries.Items.Count == 0)
        {
            html.Raw("<p class=\"empty\">").Text(moderating ? page.T("没有待审核的成果。", "Nothing to moderate.") : page.T("还没有应用成果。", "No entries yet.")).Raw("</p>");
            return;
        }
        html.Raw("<ul class=\"showcase-list\" id=\"showcase-list\">");
        foreach (var entry in entries.Items)
        {
            Entry(html, page, entry, moderating);
        }
        html.Raw("</ul>");
    }

    private static void Pager(Html html, PortalPage page, int number, long total)
    {
        var pages = (int)((total + PageSize - 1) / PageSize);
        if (pages <= 1)
        {
            return;
        }
        html.Raw("<nav class=\"pager\"").Attr("aria-label", page.T("分页", "Pages")).Raw("><ul>");
        for (var i = 1; i <= pages; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            html.Raw("<li>").Link(page.With(("page", n)), n, current: i == number ? "page" : null).Raw("</li>");
        }
        html.Raw("</ul></nav>");
    }

    private static void SubmitForm(Html html, PortalPage page, string? resource)
    {
        html.Raw("<section aria-labelledby=\"submit\"><h2 id=\"submit\">").Text(page.T("提交成果", "Submit an entry")).Raw("</h2>");
        if (!page.SignedIn)
        {
            html.SignInPrompt(page, "提交基于开放数据的应用或分析", "submit an app or analysis built on the data");
            html.Raw("</section>");
            return;
        }
        html.Raw("<p>").Text(page.T("提交后由管理员审核，通过后公开展示。", "An administrator reviews each entry before it is shown.")).Raw("</p>")
            .Form("showcase-form", "POST /api/v1/showcase", page.T("已提交，等待审核。", "Submitted for moderation."))
            .Input("showcase-title", "title", page.T("标题", "Title"), maxLength: 100)
            .Select("showcase-kind", "kind", page.T("类型", "Kind"), Labels.All<ShowcaseKind>().Select(k => (k.Value.ToString().ToLowerInvariant(), k.Label.In(page.English))))
            .TextArea("showcase-description", "description", page.T("简介", "Description"), 2000)
            .Input("showcase-url", "url", page.T("访问地址（http:// 或 https://）", "Address (http:// or https://)"), type: "url", maxLength: 500)
            .Input("showcase-resources", "resourceCodes", page.T("所用资源代码（多个用逗号分隔）", "Codes of the resources used (comma separated)"), value: resource, dataType: "list")
            .EndForm(page.T("提交", "Submit"));
        html.Raw("</section>");
    }
}
