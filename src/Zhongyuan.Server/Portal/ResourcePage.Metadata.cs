using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Localization;
using Zhongyuan.Regions;

namespace Zhongyuan.Server.Portal;

internal static partial class ResourcePage
{
    private static void Metadata(Html html, PortalPage page, Resource resource)
    {
        var m = resource.Metadata;
        html.Raw("<section aria-labelledby=\"metadata\"><h2 id=\"metadata\">").Text(page.T("基本信息", "Metadata")).Raw("</h2><dl class=\"metadata\">");
        Field(html, page.T("信息资源名称", "Name"), m.Name);
        Field(html, page.T("信息资源代码", "Code"), resource.Code);
        Field(html, page.T("信息资源摘要", "Abstract"), m.Abstract);
        Field(html, page.T("信息资源提供方", "Provider"), resource.Provider.Name);
        Field(html, page.T("提供方代码", "Provider code"), resource.Provider.CreditCode);
        Field(html, page.T("信息资源分类", "Classification"), Classification(page, m.Classification));
        Field(html, page.T("信息资源格式", "Format"), Labels.Of(m.Format).In(page.English));
        Field(html, page.T("共享类型", "Share type"), Labels.Of(m.ShareType).In(page.English));
        Field(html, page.T("共享条件", "Share conditions"), m.ShareConditions);
        Field(html, page.T("共享依据", "Share basis"), m.ShareBasis);
        Field(html, page.T("共享方式", "Share methods"), string.Join(page.T("、", ", "), m.ShareMethods.Select(s => Labels.Of(s).In(page.English))));
        Field(html, page.T("开放类型", "Open type"), Labels.Of(m.OpenType).In(page.English));
        Field(html, page.T("开放条件", "Open conditions"), m.OpenConditions);
        Field(html, page.T("更新周期", "Update cycle"), Labels.Of(m.UpdateCycle).In(page.English));
        Field(html, page.T("数据分级", "Data grade"), Labels.Of(m.Grade).In(page.English));
        Field(html, page.T("行政区划", "Region"), RegionCatalog.Henan.Find(m.RegionCode)?.Name is { } region ? $"{region}（{m.RegionCode}）" : m.RegionCode);
        Field(html, page.T("开放主题", "Themes"), string.Join(page.T("、", ", "), m.Themes.Select(t => ThemeNames.Of(t, page.English))));
        Field(html, page.T("标签", "Tags"), string.Join(page.T("、", ", "), m.Tags));
        Field(html, page.T("关联资源代码", "Related resources"), string.Join(page.T("、", ", "), m.RelatedCodes));
        Field(html, page.T("发布日期", "Published"), resource.PublishDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(html, page.T("最近更新", "Last updated"), Time(resource.UpdatedAt));
        Field(html, page.T("目录版本", "Metadata version"), resource.Version.ToString(CultureInfo.InvariantCulture));
        html.Raw("</dl></section>");
    }

    private static void Field(Html html, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            html.Raw("<div><dt>").Text(label).Raw("</dt><dd>").Text(value).Raw("</dd></div>");
        }
    }

    private static string Classification(PortalPage page, string code)
    {
        if (code.Length < 3 || code[0] is < '1' or > '3')
        {
            return code;
        }
        var kind = (ClassKind)(code[0] - '0');
        var item = ClassificationScheme.ItemName(kind, code[1..3]);
        return $"{code} {Labels.Of(kind).In(page.English)}" + (item is null ? "" : " · " + item.In(page.English));
    }

    /// <summary>A time in China Standard Time, to the minute.</summary>
    private static string Time(DateTimeOffset at) => PortalTime.Minute(at);

    private static void Items(Html html, PortalPage page, Resource resource)
    {
        html.Raw("<section aria-labelledby=\"items\"><h2 id=\"items\">").Text(page.T("信息项", "Fields")).Raw("</h2><div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"items\">")
            .Raw("<table><thead><tr>");
        foreach (var header in new[]
        {
            page.T("序号", "No."), page.T("信息项名称", "Name"), page.T("数据类型", "Type"), page.T("长度", "Length"),
            page.T("数据元", "Data element"), page.T("主键", "Key"), page.T("共享类型", "Share type"), page.T("敏感性", "Sensitivity"),
        })
        {
            html.Raw("<th scope=\"col\">").Text(header).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody>");
        var n = 0;
        foreach (var item in resource.Metadata.Items)
        {
            html.Raw("<tr><td>").Number(++n).Raw("</td><th scope=\"row\">").Text(item.Name).Raw("</th><td>").Text(Labels.Of(item.DataType).In(page.English))
                .Raw("</td><td>").Text(item.Length?.ToString(CultureInfo.InvariantCulture)).Raw("</td><td>").Text(item.DataElement)
                .Raw("</td><td>").Text(item.IsKey ? page.T("是", "yes") : "").Raw("</td><td>").Text(Labels.Of(item.ShareType).In(page.English))
                .Raw("</td><td>").Text(Labels.Of(item.Sensitivity).In(page.English)).Raw("</td></tr>");
        }
        html.Raw("</tbody></table></div></section>");
    }
}
