using System.Globalization;
using Zhongyuan.Community;
using Zhongyuan.Departments;
using Zhongyuan.Governance.Quality;
using Zhongyuan.Governance.Tickets;
using Zhongyuan.Localization;
using Zhongyuan.Regions;
using Zhongyuan.Search;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// A department's page <c>/departments/{id}</c>: its published resources (from the catalog index), its place and scores
/// in the quality ranking, and how fast it handles data requests, share requests and correction tickets. A fixed number
/// of reads: the department, one index search, the ranking (departments, current assessments, one paged read of the
/// catalog), the handling times (one query) and the ticket figures (two queries).
/// </summary>
internal static class DepartmentPage
{
    /// <summary>The address of a department's page.</summary>
    public static string Url(long id) => "/departments/" + id.ToString(CultureInfo.InvariantCulture);

    public static async Task<IResult> Get(long id, HttpContext context, DepartmentStore departments, CatalogIndexHost index, QualityService quality,
        DataRequestService requests, TicketService tickets, CancellationToken ct)
    {
        var page = PortalPage.From(context);
        if (await departments.FindAsync(id, ct) is not { } department)
        {
            return PortalLayout.Render(page, page.T("未找到部门", "Department not found"), html => html.Raw("<h1>").Text(page.T("未找到部门", "Department not found"))
                .Raw("</h1><p>").Link("/", page.T("返回首页", "Back to the home page")).Raw("</p>"), StatusCodes.Status404NotFound);
        }
        var resources = index.Index.Search(new CatalogSearch
        {
            Providers = [id.ToString(CultureInfo.InvariantCulture)], Sort = SearchSort.Name, PageSize = CatalogSearch.MaxPageSize,
        });
        var ranking = await quality.RankingAsync(null, ct);
        var handling = await requests.HandlingAsync(id, ct);
        var ticketStats = await tickets.DepartmentStatsAsync(id, ct);
        return PortalLayout.Render(page, department.Name, html =>
        {
            Heading(html, page, department, resources.Total);
            Quality(html, page, ranking.FirstOrDefault(r => r.DepartmentId == id), ranking.Count(r => r.Rank > 0));
            Handling(html, page, department, handling, ticketStats);
            Resources(html, page, department, resources);
        });
    }

    private static void Heading(Html html, PortalPage page, Department department, int total)
    {
        var region = RegionCatalog.Henan.Find(department.RegionCode);
        html.Raw("<h1>").Text(department.Name).Raw("</h1><p class=\"facts\">").Element("span", Labels.Of(department.Level).In(page.English));
        if (region is not null)
        {
            var city = RegionCatalog.Henan.CityOf(region.Code) ?? region.Code;
            html.Raw("<span>").Link(RegionPage.Url(city), region.Name).Raw("</span>");
        }
        html.Element("span", page.T("统一社会信用代码 ", "Credit code ") + department.CreditCode)
            .Element("span", page.T($"已发布资源 {total} 个", $"{total} published resources")).Raw("</p>");
    }

    private static void Quality(Html html, PortalPage page, DepartmentQuality? quality, int ranked)
    {
        html.Raw("<section aria-labelledby=\"quality\"><h2 id=\"quality\">").Text(page.T("数据质量排名", "Quality ranking")).Raw("</h2>");
        if (quality is null || quality.Rank == 0)
        {
            html.Raw("<p id=\"quality-rank\">").Text(page.T("该部门还没有经过质量评估的数据。", "None of this department's data has been assessed yet.")).Raw("</p></section>");
            return;
        }
        html.Raw("<p id=\"quality-rank\" class=\"lead\">").Text(page.T($"全省第 {quality.Rank} 名（共 {ranked} 个部门），综合得分 {Score(quality.Overall)}，评估资源 {quality.ResourcesAssessed} 个。",
            $"Ranked {quality.Rank} of {ranked} departments, overall score {Score(quality.Overall)}, over {quality.ResourcesAssessed} assessed resources.")).Raw("</p>")
            .Raw("<table class=\"scores\"><caption>").Text(page.T("各维度平均得分", "Mean score per dimension")).Raw("</caption><tbody>");
        var s = quality.Scores;
        foreach (var (zh, en, value) in new[] { ("完整性", "Completeness", s.Completeness), ("有效性", "Validity", s.Validity), ("唯一性", "Uniqueness", s.Uniqueness),
            ("一致性", "Consistency", s.Consistency), ("及时性", "Timeliness", s.Timeliness) })
        {
            html.Raw("<tr><th scope=\"row\">").Text(page.T(zh, en)).Raw("</th><td>").Text(Score(value)).Raw("</td></tr>");
        }
        html.Raw("</tbody></table></section>");
    }

    private static string Score(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—";

    private static void Handling(Html html, PortalPage page, Department department, HandlingTimes handling, TicketStats? tickets)
    {
        html.Raw("<section aria-labelledby=\"handling\"><h2 id=\"handling\">").Text(page.T("办理时效", "Handling times")).Raw("</h2>")
            .Raw("<table id=\"handling-table\"><thead><tr><th scope=\"col\">").Text(page.T("事项", "What")).Raw("</th><th scope=\"col\">").Text(page.T("已办结", "Closed"))
            .Raw("</th><th scope=\"col\">").Text(page.T("待办", "Open")).Raw("</th><th scope=\"col\">").Text(page.T("办理用时中位数", "Median time")).Raw("</th></tr></thead><tbody>");
        Row(html, page.T("数据需求答复", "Data requests answered"), handling.DataRequestsAnswered, handling.DataRequestsOpen, CommunityHtml.Hours(page, handling.MedianHoursToAnswer));
        Row(html, page.T("共享申请审批", "Share requests decided"), handling.ShareRequestsDecided, null, CommunityHtml.Hours(page, handling.MedianHoursToDecide));
        Row(html, page.T("数据纠错办结", "Correction tickets closed"), (tickets?.Accepted ?? 0) + (tickets?.Rejected ?? 0), tickets?.Open ?? 0,
            CommunityHtml.Hours(page, tickets?.MedianHoursToClose));
        html.Raw("</tbody></table><p>").Link("/requests?department=" + department.Id.ToString(CultureInfo.InvariantCulture),
            page.T("向该部门提出的数据需求 →", "Data requests to this department →")).Raw("</p></section>");
    }

    private static void Row(Html html, string what, long closed, long? open, string median) =>
        html.Raw("<tr><th scope=\"row\">").Text(what).Raw("</th><td>").Number(closed).Raw("</td><td>").Text(open?.ToString("N0", CultureInfo.InvariantCulture) ?? "—")
            .Raw("</td><td>").Text(median).Raw("</td></tr>");

    private static void Resources(Html html, PortalPage page, Department department, SearchResults resources)
    {
        html.Raw("<section aria-labelledby=\"resources\"><h2 id=\"resources\">").Text(page.T("已发布的资源", "Published resources")).Raw("</h2>");
        if (resources.Total == 0)
        {
            html.Raw("<p>").Text(page.T("该部门还没有发布资源。", "This department has not published any resource yet.")).Raw("</p></section>");
            return;
        }
        html.Raw("<ul class=\"results\" id=\"department-resources\">");
        foreach (var hit in resources.Hits)
        {
            ResourceSummary.Render(html, page, hit.Resource, null);
        }
        html.Raw("</ul>");
        if (resources.Total > resources.Hits.Count)
        {
            html.Raw("<p>").Link(PortalSearch.Url(department: department.Id.ToString(CultureInfo.InvariantCulture)),
                page.T($"全部 {resources.Total} 个资源 →", $"All {resources.Total} resources →")).Raw("</p>");
        }
        html.Raw("</section>");
    }
}
