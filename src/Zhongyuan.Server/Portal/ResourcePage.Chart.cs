using Zhongyuan.Catalog;
using Zhongyuan.Ingest;

namespace Zhongyuan.Server.Portal;

internal static partial class ResourcePage
{
    /// <summary>The scripts a page with a chart builder loads (ECharts first: scripts are deferred and run in order).</summary>
    private static readonly string[] ChartScripts = ["echarts.min.js", "chart.js"];

    /// <summary>
    /// The chart builder: chart type, category column, aggregate and value column. chart.js calls
    /// <c>GET /api/v1/resources/{code}/rows/aggregate</c> with the preview's current filter, draws the chart and writes
    /// the same figures as a table under it. Shown only with the preview, i.e. when the visitor may read the data.
    /// </summary>
    private static void ChartBuilder(Html html, PortalPage page, Resource resource, DatasetVersion version, Preview preview)
    {
        var filter = preview.Errors.Count == 0 ? preview.Request.FilterText(version.Columns) : null;
        html.Raw("<section aria-labelledby=\"chart-heading\"><h2 id=\"chart-heading\">").Text(page.T("图表", "Chart")).Raw("</h2>")
            .Raw("<form id=\"chart-form\" class=\"filter-form chart-form\"").Attr("data-code", resource.Code).Attr("data-filter", filter)
            .Attr("data-map", PortalAssets.Url("henan.json")).Raw(">");
        Select(html, "chart-type", page.T("图表类型", "Chart type"),
            [("bar", page.T("柱状图", "Bar")), ("line", page.T("折线图", "Line")), ("pie", page.T("饼图", "Pie")), ("map", page.T("地图（按行政区划代码）", "Map (by region code)"))]);
        Select(html, "chart-category", page.T("分类字段", "Group by"),
            [.. version.Columns.Where(c => c.Type != ItemDataType.Binary).Select(c => (c.Name, c.Name))]);
        Select(html, "chart-fn", page.T("统计方式", "Aggregation"),
            [("count", page.T("计数", "Count")), ("sum", page.T("求和", "Sum")), ("avg", page.T("平均值", "Average"))]);
        Select(html, "chart-value", page.T("统计字段（求和、平均）", "Value field (sum, average)"),
            [.. version.Columns.Where(c => c.Type is ItemDataType.Integer or ItemDataType.Decimal).Select(c => (c.Name, c.Name))]);
        html.Raw("<div class=\"actions\"><button type=\"submit\" id=\"chart-draw\">").Text(page.T("生成图表", "Draw")).Raw("</button></div></form>");
        if (filter is not null)
        {
            html.Raw("<p class=\"note\">").Text(page.T("图表只统计符合上方筛选条件的行：", "The chart counts only the rows matching the filter above: ") + filter).Raw("</p>");
        }
        html.Raw("<p id=\"chart-status\" role=\"status\" aria-live=\"polite\"></p>")
            .Raw("<div id=\"chart\" class=\"chart\" role=\"img\" hidden").Attr("aria-label", page.T("图表，数据见下表", "Chart; the table below has the figures")).Raw("></div>")
            .Raw("<div id=\"chart-table\" class=\"table-wrap\" tabindex=\"0\" role=\"region\" hidden").Attr("aria-label", page.T("图表数据", "Chart data")).Raw("></div>")
            .Raw("</section>");
    }

    private static void Select(Html html, string id, string label, IReadOnlyList<(string Value, string Text)> options)
    {
        html.Raw("<div><label").Attr("for", id).Raw(">").Text(label).Raw("</label><select").Attr("id", id).Attr("name", id).Raw(">");
        foreach (var (value, text) in options)
        {
            html.Raw("<option").Attr("value", value).Raw(">").Text(text).Raw("</option>");
        }
        html.Raw("</select></div>");
    }
}
