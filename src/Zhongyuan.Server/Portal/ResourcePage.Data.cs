using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Governance.Quality;
using Zhongyuan.Ingest;
using Zhongyuan.Localization;

namespace Zhongyuan.Server.Portal;

internal static partial class ResourcePage
{
    private static void PreviewTable(Html html, PortalPage page, Resource resource, DatasetVersion version, Preview preview)
    {
        html.Raw("<section aria-labelledby=\"preview\"><h2 id=\"preview\">").Text(page.T("数据预览", "Preview")).Raw("</h2>");
        FilterForm(html, page, version, preview.Request);
        foreach (var error in preview.Errors)
        {
            html.Raw("<p class=\"error\" role=\"alert\">").Text(error.Message.In(page.English)).Raw("</p>");
        }
        if (preview.Page is { } rows)
        {
            html.Raw("<p id=\"preview-count\" role=\"status\">").Text(page.T(
                $"第 {version.Version} 版共 {version.RowCount:N0} 行，符合条件 {preview.Matching:N0} 行，显示前 {Math.Min(rows.Rows.Count, Preview.Rows)} 行。",
                $"Version {version.Version} has {version.RowCount:N0} rows; {preview.Matching:N0} match; showing the first {Math.Min(rows.Rows.Count, Preview.Rows)}."))
                .Raw("</p><div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"preview\"><table id=\"preview-table\"><thead><tr>");
            foreach (var column in rows.Columns)
            {
                SortHeader(html, page, preview.Request, column.Name);
            }
            html.Raw("</tr></thead><tbody>");
            foreach (var row in rows.Rows)
            {
                html.Raw("<tr>");
                foreach (var cell in row)
                {
                    html.Raw("<td>").Text(Cell(page, cell)).Raw("</td>");
                }
                html.Raw("</tr>");
            }
            html.Raw("</tbody></table></div>");
        }
        html.Raw("</section>");
    }

    private static void SortHeader(Html html, PortalPage page, PreviewRequest request, string column)
    {
        var sorted = request.SortColumn == column;
        var nextDescending = sorted && !request.Descending;
        html.Raw("<th scope=\"col\"").Attr("aria-sort", sorted ? (request.Descending ? "descending" : "ascending") : null).Raw("><a")
            .Attr("href", page.With(("sort", column), ("dir", nextDescending ? "desc" : null)) + "#preview")
            .Attr("title", page.T(nextDescending ? "按此列降序" : "按此列升序", nextDescending ? "Sort descending" : "Sort ascending")).Raw(">")
            .Text(column).Raw(sorted ? (request.Descending ? " ▼" : " ▲") : "").Raw("</a></th>");
    }

    private static void FilterForm(Html html, PortalPage page, DatasetVersion version, PreviewRequest request)
    {
        html.Raw("<form class=\"filter-form\" method=\"get\" action=\"#preview\">");
        if (request.SortColumn is not null)
        {
            html.Raw("<input type=\"hidden\" name=\"sort\"").Attr("value", request.SortColumn).Raw(">");
            html.Raw(request.Descending ? "<input type=\"hidden\" name=\"dir\" value=\"desc\">" : "");
        }
        html.Raw("<div><label for=\"filter-col\">").Text(page.T("列", "Column")).Raw("</label><select id=\"filter-col\" name=\"col\">");
        foreach (var column in version.Columns)
        {
            html.Raw("<option").Attr("value", column.Name).Attr("selected", column.Name == request.Column ? "selected" : null).Raw(">").Text(column.Name).Raw("</option>");
        }
        html.Raw("</select></div><div><label for=\"filter-op\">").Text(page.T("条件", "Condition")).Raw("</label><select id=\"filter-op\" name=\"op\">");
        foreach (var (key, zh, en) in PreviewRequest.Operators)
        {
            html.Raw("<option").Attr("value", key).Attr("selected", key == request.Op ? "selected" : null).Raw(">").Text(page.T(zh, en)).Raw("</option>");
        }
        html.Raw("</select></div><div><label for=\"filter-val\">").Text(page.T("值", "Value")).Raw("</label>")
            .Raw("<input id=\"filter-val\" name=\"val\" type=\"text\" maxlength=\"200\"").Attr("value", request.Value).Raw("></div>")
            .Raw("<div class=\"actions\"><button type=\"submit\">").Text(page.T("筛选", "Filter")).Raw("</button>");
        if (request.HasFilter || request.SortColumn is not null)
        {
            html.Link(page.With(("col", null), ("op", null), ("val", null), ("sort", null), ("dir", null)) + "#preview", page.T("重置", "Reset"), "reset");
        }
        html.Raw("</div></form>");
    }

    private static string Cell(PortalPage page, object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? page.T("是", "true") : page.T("否", "false"),
        decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
        byte[] bytes => page.T($"（二进制，{bytes.Length} 字节）", $"(binary, {bytes.Length} bytes)"),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static void Downloads(Html html, PortalPage page, Resource resource, DatasetVersion version, Preview preview)
    {
        var filter = preview.Errors.Count == 0 ? preview.Request.FilterText(version.Columns) : null;
        html.Raw("<section aria-labelledby=\"downloads\"><h2 id=\"downloads\">").Text(page.T("下载", "Downloads")).Raw("</h2><ul class=\"downloads\">");
        foreach (var (format, label, extra) in new[]
        {
            ("csv", "CSV", (string?)null), ("csv", page.T("CSV（Excel 可直接打开）", "CSV for Excel"), "utf-8-bom"), ("xlsx", "XLSX", null),
            ("json", "JSON", null), ("parquet", "Parquet", null),
        })
        {
            var all = ExportUrl(resource.Code, format, extra, null, null);
            html.Raw("<li>").Raw("<a").Attr("href", all).Attr("data-format", extra is null ? format : format + "-bom").Attr("download", "").Raw(">")
                .Text(label).Raw("</a>");
            if (filter is not null)
            {
                html.Text(" · ").Raw("<a").Attr("href", ExportUrl(resource.Code, format, extra, filter, preview.Request.SortText))
                    .Attr("class", "filtered").Attr("download", "").Raw(">").Text(page.T("仅筛选结果", "filtered rows only")).Raw("</a>");
            }
            html.Raw("</li>");
        }
        html.Raw("</ul></section>");
    }

    private static string ExportUrl(string code, string format, string? encoding, string? filter, string? sort) =>
        PortalPage.Url($"/api/v1/resources/{Uri.EscapeDataString(code)}/data/export", new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>(StringComparer.Ordinal)
        {
            ["format"] = format, ["encoding"] = encoding, ["filter"] = filter, ["sort"] = sort,
        });

    private static void Quality(Html html, PortalPage page, QualityReport? report)
    {
        html.Raw("<section aria-labelledby=\"quality\"><h2 id=\"quality\">").Text(page.T("数据质量", "Quality")).Raw("</h2>");
        if (report is null)
        {
            html.Raw("<p>").Text(page.T("尚无数据，未评估质量。", "No data yet, so no quality assessment.")).Raw("</p></section>");
            return;
        }
        html.Raw("<dl class=\"figures quality\">");
        Score(html, page.T("综合得分", "Overall"), report.Overall, "quality-overall");
        var s = report.Scores;
        foreach (var (dimension, value) in new[]
        {
            (QualityDimension.Completeness, s.Completeness), (QualityDimension.Validity, s.Validity), (QualityDimension.Uniqueness, s.Uniqueness),
            (QualityDimension.Consistency, s.Consistency), (QualityDimension.Timeliness, s.Timeliness),
        })
        {
            Score(html, Labels.Of(dimension).In(page.English), value, null);
        }
        html.Raw("</dl><p class=\"note\">").Text(page.T($"评估第 {report.Assessment.Version} 版数据，满分 100；“—”表示该维度不适用。",
            $"Assessed on data version {report.Assessment.Version}, out of 100; “—” means the dimension does not apply.")).Raw("</p></section>");
    }

    private static void Score(Html html, string label, double? value, string? id) =>
        html.Raw("<div class=\"figure\"").Attr("id", id).Raw("><dt>").Text(label).Raw("</dt><dd>")
            .Text(value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—").Raw("</dd></div>");

    private static void Versions(Html html, PortalPage page, IReadOnlyList<DatasetVersion> versions)
    {
        html.Raw("<section aria-labelledby=\"versions\"><h2 id=\"versions\">").Text(page.T("更新记录", "Versions")).Raw("</h2>");
        if (versions.Count == 0)
        {
            html.Raw("<p>").Text(page.T("还没有数据版本。", "No data versions yet.")).Raw("</p></section>");
            return;
        }
        html.Raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"versions\"><table><thead><tr>");
        foreach (var header in new[]
        {
            page.T("版本", "Version"), page.T("更新时间", "Loaded"), page.T("方式", "Mode"), page.T("行数", "Rows"),
            page.T("新增", "Inserted"), page.T("修改", "Updated"), page.T("删除", "Deleted"), page.T("拒绝", "Rejected"),
        })
        {
            html.Raw("<th scope=\"col\">").Text(header).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody>");
        foreach (var v in versions.OrderByDescending(v => v.Version))
        {
            html.Raw("<tr><th scope=\"row\">").Number(v.Version).Raw("</th><td>").Text(Time(v.LoadedAt)).Raw("</td><td>").Text(Labels.Of(v.Mode).In(page.English))
                .Raw("</td><td>").Number(v.RowCount).Raw("</td><td>").Number(v.Inserted).Raw("</td><td>").Number(v.Updated)
                .Raw("</td><td>").Number(v.Deleted).Raw("</td><td>").Number(v.RowsRejected).Raw("</td></tr>");
        }
        html.Raw("</tbody></table></div></section>");
    }
}
