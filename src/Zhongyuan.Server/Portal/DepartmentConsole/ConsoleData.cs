using Zhongyuan.Catalog;
using Zhongyuan.Localization;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>
/// <c>/console/resources/{code}/data</c>: upload a file into one of the department's resources with a progress bar for
/// the upload and then for the load job, ending with a summary and the rejects; below, the load history (versions and
/// jobs) and the quality scores of the current version. console-data.js calls the data, job and quality APIs.
/// </summary>
internal static class ConsoleData
{
    public static async Task<IResult> Get(string code, HttpContext context, ResourceStore resources, CancellationToken ct)
    {
        var page = PortalPage.From(context);
        if (ConsoleAccess.Refuse(page, ConsoleAccess.IsSteward) is { } refusal)
        {
            return refusal;
        }
        var resource = await ConsoleResourceForm.Own(resources, code, page, ct);
        return resource is null
            ? ConsoleAccess.NotFound(page, code)
            : ConsoleNav.Render(page, page.T("上传数据", "Upload data") + " · " + resource.Metadata.Name, html => Body(html, page, resource), "console-data.js");
    }

    private static void Body(Html html, PortalPage page, Resource resource)
    {
        html.Raw("<p class=\"console-who\">").Text(resource.Code).Raw(" · ").Text(Labels.Of(resource.Status).In(page.English)).Raw(" · ")
            .Link(ConsoleUrls.Edit(resource.Code), page.T("编辑目录信息", "Edit the catalog entry")).Raw("</p>")
            .Raw("<p>").Text(page.T("文件的列名应与信息项名称一致：", "The file's columns should be named after the items: "))
            .Text(string.Join(page.T("、", ", "), resource.Metadata.Items.Select(i => i.Name))).Raw("</p>");
        Form(html, page, resource);
        Progress(html, page);
        html.Raw("<h2>").Text(page.T("加载历史", "Load history")).Raw("</h2><div class=\"table-wrap\" tabindex=\"0\" id=\"history\" aria-live=\"polite\"></div>")
            .Raw("<h2>").Text(page.T("数据质量", "Quality")).Raw("</h2><div id=\"quality\" aria-live=\"polite\"></div>");
    }

    private static void Form(Html html, PortalPage page, Resource resource)
    {
        html.Raw("<form id=\"upload-form\" class=\"console-form\"").Attr("data-code", resource.Code).Raw(">")
            .Raw("<label for=\"upload-file\">").Text(page.T("数据文件（CSV、XLSX、JSON、Parquet）", "Data file (CSV, XLSX, JSON, Parquet)")).Raw("</label>")
            .Raw("<input type=\"file\" id=\"upload-file\" name=\"file\" required accept=\".csv,.txt,.xlsx,.json,.ndjson,.parquet\">")
            .Raw("<fieldset class=\"checks\"><legend>").Text(page.T("加载方式", "Mode")).Raw("</legend>")
            .Raw("<label><input type=\"radio\" name=\"mode\" value=\"full\" checked>").Text(page.T("全量（替换全部数据）", "Full (replaces all data)")).Raw("</label>")
            .Raw("<label><input type=\"radio\" name=\"mode\" value=\"incremental\">").Text(page.T("增量（按主键合并）", "Incremental (merged by key)")).Raw("</label>")
            .Raw("</fieldset><div class=\"actions\"><button type=\"submit\" id=\"upload-submit\">").Text(page.T("上传并加载", "Upload and load"))
            .Raw("</button></div></form>");
    }

    private static void Progress(Html html, PortalPage page) =>
        html.Raw("<div id=\"load-progress\" class=\"load-progress\" hidden>")
            .Raw("<label for=\"upload-progress\">").Text(page.T("上传", "Upload")).Raw("</label><progress id=\"upload-progress\" max=\"1\" value=\"0\"></progress>")
            .Raw("<label for=\"job-progress\">").Text(page.T("加载", "Load")).Raw("</label><progress id=\"job-progress\" max=\"1\" value=\"0\"></progress>")
            .Raw("<p id=\"job-status\" role=\"status\" aria-live=\"polite\"></p>")
            .Raw("<div id=\"job-summary\" aria-live=\"polite\"></div></div>")
            .Raw("<p class=\"error\" id=\"upload-error\" role=\"alert\" hidden></p>");
}
