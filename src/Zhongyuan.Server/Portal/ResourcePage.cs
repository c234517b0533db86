using Zhongyuan.Catalog;
using Zhongyuan.Governance.Quality;
using Zhongyuan.Ingest;
using Zhongyuan.OpenData.Usage;
using Zhongyuan.Server.Api;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// A resource's page <c>/resources/{code}</c>: metadata, information items, quality, versions, a preview with sort and
/// filter, downloads, API examples and how to report an error. Published resources only; the data (preview and
/// downloads) only where the data API would serve it (<see cref="DataEndpoints.Readable"/>: open data for anyone).
/// A fixed number of queries: the resource twice, its versions, its stored assessment, and two DuckDB reads.
/// </summary>
internal static partial class ResourcePage
{
    /// <summary>The address of a resource's page.</summary>
    public static string Url(string code) => "/resources/" + Uri.EscapeDataString(code);

    public static async Task<IResult> Get(string code, HttpContext context, ResourceStore resources, DatasetStore datasets,
        QualityService quality, DataPlane plane, UsageMeter usage, CancellationToken ct)
    {
        var page = PortalPage.From(context);
        var resource = await resources.FindAsync(code, ct);
        if (resource is not { Status: ResourceStatus.Published })
        {
            return NotFound(page, code);
        }
        var readable = await DataEndpoints.Readable(code, resources, context, ct) is not null;
        var versions = await datasets.VersionsAsync(code, ct);
        var current = versions.MaxBy(v => v.Version);
        var report = current is null ? null : await quality.ReportAsync(resource, current.Version, ct);
        var preview = readable && current is not null ? Preview.Run(plane, current, PreviewRequest.From(context.Request.Query)) : null;
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var community = await CommunityAsync(context, page, resource, ct);
        var used = await usage.TotalsAsync(code, usage.DaysAgo(UsageDays), ct);
        return PortalLayout.Render(page, resource.Metadata.Name, html =>
        {
            Heading(html, page, resource);
            Usage(html, page, used);
            Contents(html, page, readable && current is not null);
            Metadata(html, page, resource);
            Items(html, page, resource);
            if (current is null)
            {
                html.Raw("<section><h2 id=\"data\">").Text(page.T("数据", "Data")).Raw("</h2><p>")
                    .Text(page.T("该资源还没有发布数据。", "No data has been published for this resource yet.")).Raw("</p></section>");
            }
            else if (preview is not null)
            {
                PreviewTable(html, page, resource, current, preview);
                ChartBuilder(html, page, resource, current, preview);
                Downloads(html, page, resource, current, preview);
            }
            else
            {
                NotOpen(html, page, resource);
            }
            DeveloperApply.Render(html, page, resource);
            Quality(html, page, report);
            Versions(html, page, versions);
            ApiExamples(html, page, resource, origin, readable);
            ReportError(html, page, resource, origin);
            community(html);
        }, StatusCodes.Status200OK, preview is null ? ["community.js"] : [.. ChartScripts, "community.js"]);
    }

    private static IResult NotFound(PortalPage page, string code) =>
        PortalLayout.Render(page, page.T("未找到资源", "Resource not found"), html =>
            html.Raw("<h1>").Text(page.T("未找到资源", "Resource not found")).Raw("</h1><p>")
                .Text(page.T($"没有已发布的信息资源“{code}”。", $"There is no published resource \"{code}\"."))
                .Raw("</p><p>").Link("/search", page.T("浏览数据目录", "Browse the datasets")).Raw("</p>"), StatusCodes.Status404NotFound);

    private static void Heading(Html html, PortalPage page, Resource resource)
    {
        html.Raw("<nav class=\"crumbs\" aria-label=\"").Text(page.T("位置", "Breadcrumb")).Raw("\"><ol><li>").Link("/", page.T("首页", "Home"))
            .Raw("</li><li>").Link("/search", page.T("数据目录", "Datasets")).Raw("</li><li aria-current=\"page\">").Text(resource.Metadata.Name).Raw("</li></ol></nav>")
            .Raw("<h1>").Text(resource.Metadata.Name).Raw("</h1><p class=\"facts\">")
            .Raw("<span>").Link(DepartmentPage.Url(resource.Provider.Id), resource.Provider.Name).Raw("</span>")
            .Element("span", Localization.Labels.Of(resource.Metadata.OpenType).In(page.English), ResourceSummary.OpenClass(resource.Metadata.OpenType))
            .Element("span", page.T("资源代码 ", "Code ") + resource.Code).Raw("</p><p class=\"lead\">").Text(resource.Metadata.Abstract).Raw("</p>");
    }

    private static void Contents(Html html, PortalPage page, bool hasData)
    {
        html.Raw("<nav class=\"toc\" aria-label=\"").Text(page.T("本页目录", "On this page")).Raw("\"><ul>");
        html.Raw("<li>").Link("#metadata", page.T("基本信息", "Metadata")).Raw("</li><li>").Link("#items", page.T("信息项", "Fields")).Raw("</li>");
        if (hasData)
        {
            html.Raw("<li>").Link("#preview", page.T("数据预览", "Preview")).Raw("</li><li>").Link("#downloads", page.T("下载", "Downloads")).Raw("</li>");
        }
        html.Raw("<li>").Link("#quality", page.T("数据质量", "Quality")).Raw("</li><li>").Link("#versions", page.T("更新记录", "Versions")).Raw("</li>")
            .Raw("<li>").Link("#api", page.T("接口调用", "API")).Raw("</li><li>").Link("#report", page.T("报告数据错误", "Report an error")).Raw("</li></ul></nav>");
    }

    private static void NotOpen(Html html, PortalPage page, Resource resource) =>
        html.Raw("<section><h2 id=\"data\">").Text(page.T("数据", "Data")).Raw("</h2><p class=\"notice\">")
            .Text(resource.Metadata.OpenType == OpenType.Conditional
                ? page.T("该资源为有条件开放，数据需申请并经提供部门同意后通过接口获取。", "This resource is open on conditions: apply, and once the department approves, use the API.")
                : page.T("该资源不向公众开放数据，仅展示目录信息。", "This resource's data is not open to the public; only its catalog entry is shown."))
            .Raw("</p>").Raw(resource.Metadata.OpenConditions is { } conditions
                ? "<p>" + Html.Encode(page.T("开放条件：", "Conditions: ") + conditions) + "</p>" : "").Raw("</section>");
}
