using Zhongyuan.Catalog;

namespace Zhongyuan.Server.Portal;

internal static partial class ResourcePage
{
    private static void ApiExamples(Html html, PortalPage page, Resource resource, string origin, bool readable)
    {
        var url = $"{origin}/api/v1/resources/{Uri.EscapeDataString(resource.Code)}/rows?limit=10";
        var auth = readable ? "" : " -H \"Authorization: Bearer $ZY_TOKEN\"";
        html.Raw("<section aria-labelledby=\"api\"><h2 id=\"api\">").Text(page.T("接口调用", "API")).Raw("</h2><p>")
            .Text(readable
                ? page.T("开放数据无需令牌即可调用。以下示例读取前 10 行，返回 JSON。", "Open data needs no token. These examples read the first 10 rows as JSON.")
                : page.T("该资源的数据需要获批的 API 令牌（放在 Authorization 头）。", "This resource's data needs an approved API token (in the Authorization header)."))
            .Raw("</p><p>").Link("/api/docs/", page.T("完整接口文档 →", "Full API reference →")).Raw("</p>");
        var header = readable ? "" : "\n    headers={\"Authorization\": \"Bearer \" + token},";
        Example(html, "curl", $"curl{auth} \"{url}\"");
        Example(html, "Python", $"import requests\n\nrows = requests.get(\n    \"{url}\",{header}\n    timeout=30,\n).json()[\"rows\"]\nprint(rows[:3])");
        Example(html, "JavaScript", $"const response = await fetch(\"{url}\"{(readable ? "" : ", {\n  headers: { Authorization: `Bearer ${token}` },\n}")});\nconst {{ columns, rows }} = await response.json();\nconsole.log(columns, rows);");
        Example(html, "C#", $"using var http = new HttpClient();{(readable ? "" : "\nhttp.DefaultRequestHeaders.Authorization = new(\"Bearer\", token);")}\nvar json = await http.GetStringAsync(\"{url}\");\nConsole.WriteLine(json);");
        html.Raw("</section>");
    }

    private static void Example(Html html, string language, string code) =>
        html.Raw("<details class=\"example\"").Raw(language == "curl" ? " open" : "").Raw("><summary>").Text(language).Raw("</summary><pre><code")
            .Attr("data-language", language).Raw(">").Text(code).Raw("</code></pre></details>");

    private static void ReportError(Html html, PortalPage page, Resource resource, string origin)
    {
        var body = "{\"item\": \"" + (resource.Metadata.Items.FirstOrDefault()?.Name ?? "信息项") + "\", \"reason\": \"" + page.T("描述错误", "what is wrong") + "\", \"proposedValue\": \"…\"}";
        html.Raw("<section aria-labelledby=\"report\"><h2 id=\"report\">").Text(page.T("报告数据错误", "Report an error in the data")).Raw("</h2><p>")
            .Text(page.T("发现数据有误？登录后提交纠错单，提供部门将在期限内答复并在新版本中更正。",
                "Found something wrong? Sign in and file a correction ticket: the providing department answers within a deadline and fixes it in a new version."))
            .Raw("</p>");
        Example(html, page.T("提交纠错单（需登录令牌）", "File a ticket (needs a sign-in token)"),
            $"curl -X POST \"{origin}/api/v1/resources/{Uri.EscapeDataString(resource.Code)}/tickets\" \\\n  -H \"Authorization: Bearer $ZY_TOKEN\" -H \"Content-Type: application/json\" \\\n  -d '{body}'");
        html.Raw("<p>").Link("/api/docs/#tag/governance", page.T("纠错接口说明 →", "Correction ticket API →"), "report-link").Raw("</p></section>");
    }
}
