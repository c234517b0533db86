using System.Globalization;
using Zhongyuan.Developers;
using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Portal;

/// <summary>The keys, usage and getting-started sections of the developer centre.</summary>
internal static partial class DeveloperCentrePage
{
    private static void Keys(Html html, PortalPage page, IReadOnlyList<ShareRequest> applications, IReadOnlyList<DeveloperKey> keys, DateTimeOffset now)
    {
        html.Raw("<section aria-labelledby=\"dev-keys\"><h2 id=\"dev-keys\">").Text(page.T("API 密钥", "API keys")).Raw("</h2>");
        var approved = applications.Where(a => a.Status == ShareRequestStatus.Approved).DistinctBy(a => a.ApplicationId).ToList();
        if (approved.Count == 0)
        {
            html.Raw("<p>").Text(page.T("申请获批后可在此为该资源创建密钥。", "Once an application is approved you create its keys here.")).Raw("</p>");
        }
        else
        {
            KeyForm(html, page, approved, now);
        }
        if (keys.Count > 0)
        {
            KeyTable(html, page, keys, now);
        }
        html.Raw("</section>");
    }

    private static void KeyForm(Html html, PortalPage page, List<ShareRequest> approved, DateTimeOffset now)
    {
        html.Raw("<form id=\"key-form\" class=\"filter-form\"><div><label for=\"key-application\">").Text(page.T("资源", "Resource")).Raw("</label>")
            .Raw("<select id=\"key-application\" name=\"applicationId\">");
        foreach (var a in approved)
        {
            html.Raw("<option").Attr("value", a.ApplicationId.ToString(CultureInfo.InvariantCulture)).Raw(">").Text($"{a.ResourceName}（{a.ResourceCode}）").Raw("</option>");
        }
        var defaultExpiry = now.ToOffset(TimeSpan.FromHours(8)).AddDays(180).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var maxExpiry = now.ToOffset(TimeSpan.FromHours(8)).AddDays(365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        html.Raw("</select></div><div><label for=\"key-name\">").Text(page.T("密钥名称", "Key name")).Raw("</label>")
            .Raw("<input id=\"key-name\" name=\"name\" maxlength=\"100\" required></div><div><label for=\"key-expires\">").Text(page.T("到期日", "Expires on")).Raw("</label>")
            .Raw("<input id=\"key-expires\" name=\"expires\" type=\"date\"").Attr("value", defaultExpiry).Attr("max", maxExpiry).Raw(" required></div>")
            .Raw("<div class=\"actions\"><button type=\"submit\" id=\"key-create\">").Text(page.T("创建密钥", "Create key")).Raw("</button></div></form>")
            .Raw("<p class=\"error\" id=\"key-error\" role=\"alert\" hidden></p>")
            .Raw("<div id=\"new-key\" class=\"notice\" role=\"status\" aria-live=\"polite\" hidden><p>")
            .Text(page.T("新密钥只显示这一次，请立即妥善保存：", "The new key is shown only this once: store it safely now:"))
            .Raw("</p><p><code id=\"new-key-secret\"></code></p><p>").Link("/developers", page.T("刷新列表", "Refresh the list")).Raw("</p></div>");
    }

    private static void KeyTable(Html html, PortalPage page, IReadOnlyList<DeveloperKey> keys, DateTimeOffset now)
    {
        html.Raw("<div class=\"table-wrap\" tabindex=\"0\"><table id=\"dev-keys-table\"><thead><tr>");
        foreach (var h in new[] { page.T("名称", "Name"), page.T("密钥", "Key"), page.T("资源", "Resource"), page.T("创建", "Created"), page.T("到期", "Expires"), page.T("状态", "State"), page.T("操作", "Action") })
        {
            html.Raw("<th scope=\"col\">").Text(h).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody>");
        foreach (var k in keys)
        {
            var state = k.RevokedAt is not null ? page.T("已吊销", "Revoked") : k.IsActive(now) ? page.T("有效", "Active") : page.T("已过期", "Expired");
            html.Raw("<tr><td>").Text(k.Name).Raw("</td><td><code>").Text(k.Hint).Raw("</code></td><td>").Text(k.ResourceCode).Raw("</td><td>")
                .Text(DeveloperPortal.When(k.CreatedAt)).Raw("</td><td>").Text(DeveloperPortal.When(k.ExpiresAt)).Raw("</td><td>").Text(state).Raw("</td><td>");
            if (k.RevokedAt is null)
            {
                html.Raw("<button type=\"button\" class=\"link\" data-revoke-key").Attr("value", k.Id.ToString(CultureInfo.InvariantCulture))
                    .Attr("aria-label", page.T("吊销密钥 ", "Revoke key ") + k.Name).Raw(">").Text(page.T("吊销", "Revoke")).Raw("</button>");
            }
            html.Raw("</td></tr>");
        }
        html.Raw("</tbody></table></div>");
    }

    private static void Usage(Html html, PortalPage page, IReadOnlyList<DeveloperKey> keys, IReadOnlyList<KeyUsageDay> usage)
    {
        html.Raw("<section aria-labelledby=\"dev-usage\"><h2 id=\"dev-usage\">").Text(page.T($"调用量（近 {UsageDays} 天）", $"Usage (last {UsageDays} days)")).Raw("</h2>");
        if (usage.Count == 0)
        {
            html.Raw("<p>").Text(page.T("暂无调用记录。", "No calls yet.")).Raw("</p></section>");
            return;
        }
        var names = keys.ToDictionary(k => k.Id, k => $"{k.Name} ({k.Hint})");
        html.Raw("<div class=\"table-wrap\" tabindex=\"0\"><table id=\"dev-usage-table\"><thead><tr><th scope=\"col\">").Text(page.T("日期（北京时间）", "Day (China time)"))
            .Raw("</th><th scope=\"col\">").Text(page.T("密钥", "Key")).Raw("</th><th scope=\"col\">").Text(page.T("调用次数", "Calls"))
            .Raw("</th><th scope=\"col\">").Text(page.T("返回行数", "Rows")).Raw("</th></tr></thead><tbody>");
        foreach (var u in usage)
        {
            html.Raw("<tr><td>").Text(u.Day).Raw("</td><td>").Text(names.GetValueOrDefault(u.KeyId, "#" + u.KeyId.ToString(CultureInfo.InvariantCulture)))
                .Raw("</td><td>").Number(u.Requests).Raw("</td><td>").Number(u.Rows).Raw("</td></tr>");
        }
        html.Raw("</tbody></table></div></section>");
    }

    private static void GettingStarted(Html html, PortalPage page, string origin, string? code)
    {
        var resource = code ?? "{资源代码}";
        html.Raw("<section aria-labelledby=\"dev-start\"><h2 id=\"dev-start\">").Text(page.T("快速开始", "Getting started")).Raw("</h2><ol><li>")
            .Text(page.T("无条件开放数据可直接调用，无需密钥：", "Open data needs no key:")).Raw("<pre><code>")
            .Text($"curl '{origin}/api/v1/resources?status=published&limit=10'").Raw("</code></pre></li><li>")
            .Text(page.T("有条件开放数据：在资源页提交申请，获批后在上方创建密钥，再带上密钥调用：", "Conditionally open data: apply on the resource page, create a key above once approved, then send it:"))
            .Raw("<pre><code>").Text($"curl -H 'Authorization: Bearer zya_…' '{origin}/api/v1/resources/{resource}/rows?limit=20'")
            .Raw("</code></pre></li><li>").Text(page.T("筛选与导出：", "Filter and export:")).Raw("<pre><code>")
            .Text($"curl -H 'Authorization: Bearer zya_…' '{origin}/api/v1/resources/{resource}/data/export?format=csv' -o data.csv")
            .Raw("</code></pre></li></ol><p class=\"note\">")
            .Text(page.T("密钥只能读取获批资源中获批的信息项（按规则脱敏），调用计入上方用量；对其他非开放资源的请求会被拒绝（403）。",
                "A key reads only the approved items of the approved resource (masked by the rules) and counts in the usage above; other non-open resources answer 403."))
            .Raw("</p></section>");
    }
}
