using Zhongyuan.Catalog;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>
/// The information-item table: one row per item, added and removed by console-resource.js from the row template. Rules
/// and quality rules have no inputs; the script keeps those of an edited resource as they were.
/// </summary>
internal static partial class ConsoleResourceForm
{
    private static readonly (string Zh, string En)[] ItemColumns =
    [
        ("名称", "Name"), ("数据类型", "Data type"), ("长度", "Length"), ("数据元", "Data element"), ("共享类型", "Share type"),
        ("敏感性", "Sensitivity"), ("脱敏规则", "Masking"), ("主键", "Key"), ("", ""),
    ];

    private static void Items(Html html, PortalPage page)
    {
        html.Raw("<fieldset><legend>").Text(page.T("信息项", "Information items")).Raw("</legend>")
            .Raw("<div class=\"table-wrap\" tabindex=\"0\"><table id=\"items-table\" aria-describedby=\"e-items\"><thead><tr>");
        foreach (var (zh, en) in ItemColumns)
        {
            html.Raw("<th scope=\"col\">").Text(page.T(zh, en)).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody id=\"items-body\"></tbody></table></div>");
        Error(html, "items", page.T("至少一项；每行的错误显示在该行下方", "At least one; a row's errors show under it"));
        html.Raw("<button type=\"button\" id=\"item-add\">").Text(page.T("添加信息项", "Add an item")).Raw("</button></fieldset>");
        Template(html, page);
    }

    /// <summary>The row the script clones; <c>data-item</c> names the item field each input edits.</summary>
    private static void Template(Html html, PortalPage page)
    {
        html.Raw("<template id=\"item-row\"><tr class=\"item\"><td><input data-item=\"name\"").Attr("aria-label", page.T("信息项名称", "Item name")).Raw("></td><td>");
        ItemSelect(html, page, "dataType", page.T("数据类型", "Data type"), ItemDataType.Text);
        html.Raw("</td><td><input data-item=\"length\" inputmode=\"numeric\" size=\"5\"").Attr("aria-label", page.T("长度", "Length"))
            .Raw("></td><td><input data-item=\"dataElement\" size=\"8\"").Attr("aria-label", page.T("数据元", "Data element")).Raw("></td><td>");
        ItemSelect(html, page, "shareType", page.T("信息项共享类型", "Item share type"), ShareType.Unconditional);
        html.Raw("</td><td>");
        ItemSelect(html, page, "sensitivity", page.T("敏感性", "Sensitivity"), Sensitivity.None);
        html.Raw("</td><td>");
        ItemSelect(html, page, "masking", page.T("脱敏规则", "Masking"), MaskingRule.None);
        html.Raw("</td><td><input type=\"checkbox\" data-item=\"isKey\"").Attr("aria-label", page.T("主键", "Key")).Raw("></td><td>")
            .Raw("<button type=\"button\" class=\"item-remove\">").Text(page.T("删除", "Remove")).Raw("</button></td></tr></template>");
    }

    private static void ItemSelect<T>(Html html, PortalPage page, string field, string label, T selected) where T : struct, Enum
    {
        html.Raw("<select").Attr("data-item", field).Attr("aria-label", label).Raw(">");
        Options(html, page, selected);
        html.Raw("</select>");
    }
}
