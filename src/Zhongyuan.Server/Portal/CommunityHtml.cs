using System.Globalization;

namespace Zhongyuan.Server.Portal;

/// <summary>Pieces the community pages share: labelled fields, the form status line, dates and hours.</summary>
internal static class CommunityHtml
{
    /// <summary>Opens a form that community.js posts as JSON to <paramref name="api"/> (<c>METHOD /path</c>).</summary>
    public static Html Form(this Html html, string id, string api, string done, string? next = null) =>
        html.Raw("<form class=\"stack community-form\"").Attr("id", id).Attr("data-api", api).Attr("data-done", done).Attr("data-next", next).Raw(">");

    /// <summary>Closes a form with its submit button and an aria-live status line.</summary>
    public static Html EndForm(this Html html, string button) =>
        html.Raw("<p class=\"form-status\" role=\"status\" aria-live=\"polite\" hidden></p><button type=\"submit\">").Text(button).Raw("</button></form>");

    /// <summary>A labelled single-line input.</summary>
    public static Html Input(this Html html, string id, string name, string label, bool required = true, string type = "text",
        string? value = null, string? dataType = null, int? maxLength = null) =>
        html.Raw("<label").Attr("for", id).Raw(">").Text(label).Raw("</label><input").Attr("id", id).Attr("name", name).Attr("type", type)
            .Attr("value", value).Attr("data-type", dataType).Attr("maxlength", maxLength?.ToString(CultureInfo.InvariantCulture))
            .Raw(required ? " required>" : ">");

    /// <summary>A labelled text area.</summary>
    public static Html TextArea(this Html html, string id, string name, string label, int maxLength, bool required = true) =>
        html.Raw("<label").Attr("for", id).Raw(">").Text(label).Raw("</label><textarea rows=\"4\"").Attr("id", id).Attr("name", name)
            .Attr("maxlength", maxLength.ToString(CultureInfo.InvariantCulture)).Raw(required ? " required></textarea>" : "></textarea>");

    /// <summary>A labelled select of (value, text) options.</summary>
    public static Html Select(this Html html, string id, string name, string label, IEnumerable<(string Value, string Text)> options,
        string? selected = null, string? dataType = null)
    {
        html.Raw("<label").Attr("for", id).Raw(">").Text(label).Raw("</label><select").Attr("id", id).Attr("name", name).Attr("data-type", dataType).Raw(">");
        foreach (var (value, text) in options)
        {
            html.Raw("<option").Attr("value", value).Raw(value == selected ? " selected>" : ">").Text(text).Raw("</option>");
        }
        return html.Raw("</select>");
    }

    /// <summary>A time in China time, to the minute.</summary>
    public static string When(DateTimeOffset at) => PortalTime.Minute(at);

    /// <summary>Hours as "12.5 小时" / "12.5 h", or a dash.</summary>
    public static string Hours(PortalPage page, double? hours) => hours is { } h
        ? h.ToString("0.#", CultureInfo.InvariantCulture) + page.T(" 小时", " h")
        : "—";

    /// <summary>A paragraph inviting an anonymous visitor to sign in and come back.</summary>
    public static Html SignInPrompt(this Html html, PortalPage page, string zh, string en) =>
        html.Raw("<p class=\"signin-prompt\">").Link("/signin?return=" + Uri.EscapeDataString(page.Here), page.T("登录", "Sign in"))
            .Text(page.T("后" + zh, " to " + en)).Raw("</p>");
}
