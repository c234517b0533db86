using Zhongyuan.Catalog;
using Zhongyuan.Localization;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>The form's fields: each labelled, each with a place for its error (<c>e-{field}</c>, the API's field name).</summary>
internal static partial class ConsoleResourceForm
{
    private static void Basics(Html html, PortalPage page, bool editing)
    {
        html.Raw("<fieldset><legend>").Text(page.T("基本信息", "Basics")).Raw("</legend>");
        Classification(html, page, editing);
        Input(html, page, "name", "信息资源名称", "Name", required: true);
        TextArea(html, page, "abstract", "信息资源摘要", "Abstract", required: true);
        Select<ResourceFormat>(html, page, "format", "信息资源格式", "Format", ResourceFormat.Database);
        Select<UpdateCycle>(html, page, "updateCycle", "更新周期", "Update cycle", UpdateCycle.Irregular);
        Select<DataGrade>(html, page, "grade", "数据分级", "Grade", DataGrade.General);
        Input(html, page, "regionCode", "覆盖区域代码", "Region code", value: "410000", hint: page.T("GB/T 2260 六位代码，如 410100", "6-digit GB/T 2260 code, e.g. 410100"));
        Checks(html, page, "themes", "开放主题", "Themes", OpenDataThemes.All.Select(t => (t, ThemeNames.Of(t, page.English))));
        Input(html, page, "tags", "关键词", "Keywords", hint: page.T("用逗号分隔", "Separated by commas"));
        Input(html, page, "relatedCodes", "关联资源代码", "Related resource codes", hint: page.T("用逗号分隔", "Separated by commas"));
        html.Raw("</fieldset>");
    }

    private static void Sharing(Html html, PortalPage page)
    {
        html.Raw("<fieldset><legend>").Text(page.T("共享与开放", "Sharing and opening")).Raw("</legend>");
        Select<ShareType>(html, page, "shareType", "共享类型", "Share type", ShareType.Unconditional);
        TextArea(html, page, "shareConditions", "共享条件", "Share conditions", hint: page.T("有条件共享时必填", "Required for conditional sharing"));
        TextArea(html, page, "shareBasis", "不予共享依据", "Basis for not sharing", hint: page.T("不予共享时必填", "Required when not shared"));
        Checks(html, page, "shareMethods", "共享方式", "Share methods",
            Labels.All<ShareMethod>().Select(m => (Camel(m.Value), m.Label.In(page.English))), [Camel(ShareMethod.Api)]);
        Select<OpenType>(html, page, "openType", "开放类型", "Open type", OpenType.NotOpen);
        TextArea(html, page, "openConditions", "开放条件", "Open conditions", hint: page.T("有条件开放时必填", "Required for conditional opening"));
        html.Raw("</fieldset>");
    }

    private static void Classification(Html html, PortalPage page, bool editing)
    {
        Label(html, page, "classification", "信息资源分类", "Classification");
        html.Raw("<select id=\"f-classification\" name=\"classification\" aria-describedby=\"e-classification\"").Raw(editing ? " disabled" : "").Raw(">")
            .Raw("<option value=\"\">").Text(page.T("请选择", "Choose")).Raw("</option>");
        foreach (var (kind, kindLabel) in Labels.All<ClassKind>())
        {
            html.Raw("<optgroup").Attr("label", kindLabel.In(page.English)).Raw(">");
            foreach (var (code, name) in ClassificationScheme.ItemsOf(kind))
            {
                html.Raw("<option").Attr("value", $"{(int)kind}{code}000000").Raw(">").Text($"{(int)kind}{code} {name.In(page.English)}").Raw("</option>");
            }
            html.Raw("</optgroup>");
        }
        html.Raw("</select>");
        Error(html, "classification", editing ? page.T("资源登记后分类不能修改（代码含分类）", "Fixed once registered (the code embeds it)") : null);
    }

    private static void Input(Html html, PortalPage page, string field, string zh, string en, bool required = false, string? value = null, string? hint = null)
    {
        Label(html, page, field, zh, en, required);
        html.Raw("<input").Attr("id", "f-" + field).Attr("name", field).Attr("value", value).Attr("aria-describedby", "e-" + field)
            .Raw(required ? " aria-required=\"true\">" : ">");
        Error(html, field, hint);
    }

    private static void TextArea(Html html, PortalPage page, string field, string zh, string en, bool required = false, string? hint = null)
    {
        Label(html, page, field, zh, en, required);
        html.Raw("<textarea rows=\"3\"").Attr("id", "f-" + field).Attr("name", field).Attr("aria-describedby", "e-" + field)
            .Raw(required ? " aria-required=\"true\"></textarea>" : "></textarea>");
        Error(html, field, hint);
    }

    private static void Select<T>(Html html, PortalPage page, string field, string zh, string en, T selected) where T : struct, Enum
    {
        Label(html, page, field, zh, en);
        html.Raw("<select").Attr("id", "f-" + field).Attr("name", field).Attr("aria-describedby", "e-" + field).Raw(">");
        Options(html, page, selected);
        html.Raw("</select>");
        Error(html, field, null);
    }

    /// <summary>The options of an enum: the value is the API's camelCase name, the text its label in the page language.</summary>
    public static void Options<T>(Html html, PortalPage page, T selected) where T : struct, Enum
    {
        foreach (var (value, label) in Labels.All<T>())
        {
            html.Raw("<option").Attr("value", Camel(value)).Raw(EqualityComparer<T>.Default.Equals(value, selected) ? " selected>" : ">")
                .Text(label.In(page.English)).Raw("</option>");
        }
    }

    private static void Checks(Html html, PortalPage page, string field, string zh, string en, IEnumerable<(string Value, string Text)> options,
        IReadOnlyList<string>? chosen = null)
    {
        html.Raw("<fieldset class=\"checks\"").Attr("id", "f-" + field).Attr("aria-describedby", "e-" + field).Raw("><legend>").Text(page.T(zh, en)).Raw("</legend>");
        foreach (var (value, text) in options)
        {
            html.Raw("<label><input type=\"checkbox\"").Attr("name", field).Attr("value", value)
                .Raw(chosen?.Contains(value, StringComparer.Ordinal) == true ? " checked>" : ">").Text(text).Raw("</label>");
        }
        html.Raw("</fieldset>");
        Error(html, field, null);
    }

    private static void Label(Html html, PortalPage page, string field, string zh, string en, bool required = false) =>
        html.Raw("<label").Attr("for", "f-" + field).Raw(">").Text(page.T(zh, en)).Raw(required ? " <span aria-hidden=\"true\">*</span></label>" : "</label>");

    /// <summary>The place of a field's error, holding its hint until an error replaces it.</summary>
    private static void Error(Html html, string field, string? hint) =>
        html.Raw("<p class=\"field-note\" aria-live=\"polite\"").Attr("id", "e-" + field).Attr("data-hint", hint ?? "").Raw(">").Text(hint).Raw("</p>");

    public static string Camel<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
