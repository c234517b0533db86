using Zhongyuan.Identity;
using Zhongyuan.Ingest;
using Zhongyuan.Localization;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The platform dashboard (<c>/console/admin/dashboard</c>, system and security administrators): load jobs of the last 7
/// days by state and the newest jobs (two queries, rendered here), then share requests pending and overdue, overdue
/// correction tickets and the quality league tables, which admin.js reads from the JSON APIs and draws as bar charts
/// (ECharts), each with a table of the same figures.
/// </summary>
internal static class AdminDashboard
{
    private const int RecentJobs = 10;

    public static async Task<IResult> Get(HttpContext context, DatasetStore datasets, TimeProvider time, CancellationToken ct)
    {
        var page = PortalPage.From(context);
        if (ConsoleGate.Check(page, Role.SystemAdministrator, Role.SecurityAdministrator) is { } refusal)
        {
            return refusal;
        }
        var counts = await datasets.JobCountsAsync(time.GetUtcNow().AddDays(-7), ct);
        var jobs = await datasets.RecentJobsAsync(RecentJobs, ct);
        return PortalLayout.Render(page, page.T("平台概况", "Platform dashboard"), html =>
        {
            html.Raw("<h1>").Text(page.T("平台概况", "Platform dashboard")).Raw("</h1>");
            AdminConsole.Nav(html, page, "/console/admin/dashboard");
            Loads(html, page, counts, jobs);
            Lists(html, page);
            Quality(html, page);
        }, StatusCodes.Status200OK, "echarts.min.js", "admin.js");
    }

    private static void Loads(Html html, PortalPage page, IReadOnlyDictionary<LoadState, long> counts, IReadOnlyList<LoadJob> jobs)
    {
        html.Raw("<section aria-labelledby=\"loads\"><h2 id=\"loads\">").Text(page.T("数据加载（近 7 天）", "Data loads (last 7 days)")).Raw("</h2><dl class=\"figures\">");
        foreach (var state in Enum.GetValues<LoadState>())
        {
            html.Raw("<div class=\"figure\"").Attr("id", "jobs-" + state.ToString().ToLowerInvariant()).Raw("><dt>").Text(Labels.Of(state).In(page.English))
                .Raw("</dt><dd>").Number(counts.GetValueOrDefault(state)).Raw("</dd></div>");
        }
        html.Raw("</dl><div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"loads\"><table id=\"job-table\"><thead><tr>");
        foreach (var h in new[] { page.T("时间", "Created"), page.T("资源", "Resource"), page.T("状态", "State"), page.T("读入行", "Rows read"), page.T("拒绝行", "Rejected"), page.T("提交人", "By") })
        {
            html.Raw("<th scope=\"col\">").Text(h).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody>");
        foreach (var j in jobs)
        {
            html.Raw("<tr><td>").Text(PortalTime.Minute(j.CreatedAt)).Raw("</td><th scope=\"row\">")
                .Link(ResourcePage.Url(j.ResourceCode), j.ResourceCode).Raw("</th><td>").Text(Labels.Of(j.State).In(page.English)).Raw("</td><td>").Number(j.RowsRead)
                .Raw("</td><td>").Number(j.RowsRejected).Raw("</td><td>").Text(j.CreatedBy).Raw("</td></tr>");
        }
        html.Raw("</tbody></table></div></section>");
    }

    private static void Lists(Html html, PortalPage page)
    {
        foreach (var (id, url, zh, en) in new[]
        {
            ("requests-pending", "/api/v1/share-requests?status=pending&limit=20", "待审批的共享申请", "Share requests pending"),
            ("requests-overdue", "/api/v1/share-requests?overdue=true&limit=20", "超期的共享申请", "Share requests overdue"),
            ("tickets-overdue", "/api/v1/tickets?overdue=true&limit=20", "超期的纠错单", "Correction tickets overdue"),
        })
        {
            html.Raw("<section").Attr("aria-labelledby", id + "-heading").Raw("><h2").Attr("id", id + "-heading").Raw(">").Text(page.T(zh, en))
                .Raw(" <span class=\"count\"").Attr("id", id + "-total").Raw("></span></h2><div class=\"api-list\" aria-live=\"polite\"").Attr("id", id).Attr("data-url", url)
                .Raw("><p>").Text(page.T("加载中…", "Loading…")).Raw("</p></div></section>");
        }
    }

    private static void Quality(Html html, PortalPage page)
    {
        foreach (var (id, url, zh, en) in new[]
        {
            ("league-all", "/api/v1/quality/ranking", "部门数据质量排行", "Departments by data quality"),
            ("league-province", "/api/v1/quality/ranking?level=province", "省直部门数据质量排行", "Provincial departments by data quality"),
        })
        {
            html.Raw("<section").Attr("aria-labelledby", id + "-heading").Raw("><h2").Attr("id", id + "-heading").Raw(">").Text(page.T(zh, en)).Raw("</h2>")
                .Raw("<div class=\"chart league\" role=\"img\" hidden").Attr("id", id).Attr("data-url", url)
                .Attr("aria-label", page.T(zh + "柱状图，数据见下表", en + " as a bar chart; the table below has the figures")).Raw("></div>")
                .Raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\"").Attr("id", id + "-table").Attr("aria-labelledby", id + "-heading").Raw("></div></section>");
        }
    }
}
