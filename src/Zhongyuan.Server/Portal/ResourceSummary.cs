using Zhongyuan.Catalog;
using Zhongyuan.Localization;

namespace Zhongyuan.Server.Portal;

/// <summary>One resource in a list: its name (linked), abstract and a line of facts.</summary>
internal static class ResourceSummary
{
    /// <summary>Renders a list item; <paramref name="highlights"/> are the search highlights (already HTML-encoded by the index), or null to encode the plain name and abstract.</summary>
    public static void Render(Html html, PortalPage page, Resource resource, IReadOnlyDictionary<string, string>? highlights)
    {
        html.Raw("<li class=\"result\"><h3><a").Attr("href", ResourcePage.Url(resource.Code)).Raw(">");
        if (highlights?.GetValueOrDefault("name") is { } name)
        {
            html.Raw(name);
        }
        else
        {
            html.Text(resource.Metadata.Name);
        }
        html.Raw("</a></h3><p class=\"abstract\">");
        if (highlights?.GetValueOrDefault("abstract") is { } summary)
        {
            html.Raw(summary);
        }
        else
        {
            html.Text(Shorten(resource.Metadata.Abstract));
        }
        html.Raw("</p><p class=\"facts\">").Element("span", resource.Provider.Name)
            .Element("span", Labels.Of(resource.Metadata.OpenType).In(page.English), OpenClass(resource.Metadata.OpenType))
            .Element("span", Labels.Of(resource.Metadata.UpdateCycle).In(page.English))
            .Element("span", page.T("更新于 ", "Updated ") + PortalTime.Day(resource.UpdatedAt))
            .Raw("</p></li>");
    }

    /// <summary>The CSS class of an open-type badge.</summary>
    public static string OpenClass(OpenType type) => type switch
    {
        OpenType.Unconditional => "badge open",
        OpenType.Conditional => "badge conditional",
        _ => "badge closed",
    };

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
