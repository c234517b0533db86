using Zhongyuan.OpenData.Usage;

namespace Zhongyuan.Server.Portal;

internal static partial class ResourcePage
{
    private const int UsageDays = 30;

    /// <summary>How much the data was used lately: data API calls and downloads in the last 30 days (China days).</summary>
    private static void Usage(Html html, PortalPage page, ResourceUsage used) =>
        html.Raw("<p class=\"usage\" id=\"resource-usage\">").Text(page.T("近 30 天：", "Last 30 days: ")).Text(HomePage.UsageText(page, used)).Raw("</p>");
}
