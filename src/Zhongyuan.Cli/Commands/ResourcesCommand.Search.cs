using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Zhongyuan.Cli.Http;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

internal static partial class ResourcesCommand
{
    private static Command Search(ClientRunner runner)
    {
        var t = runner.Text;
        var query = new Argument<string?>("QUERY") { Description = t["检索词", "Search words"], Arity = ArgumentArity.ZeroOrOne };
        Option<string?> Filter(string name, string zh, string en) => new(name) { Description = t[zh, en] };
        var provider = Filter("--provider", "提供方部门 ID", "Providing department id");
        var region = Filter("--region", "行政区划代码", "Region code");
        var shareType = Filter("--share-type", "共享类型：unconditional、conditional、none", "Share type: unconditional, conditional, none");
        var openType = Filter("--open-type", "开放类型", "Open type");
        var theme = Filter("--theme", "开放主题", "Open-data theme");
        var status = Filter("--status", "状态", "Status");
        var sort = Filter("--sort", "排序：relevance（默认）、date、name", "Order: relevance (default), date, name");
        sort.AcceptOnlyFromAmong("relevance", "date", "name");
        var page = new Option<int?>("--page") { Description = t["页码，从 1 开始", "Page number, from 1"], HelpName = "N" };
        var pageSize = new Option<int?>("--page-size") { Description = t["每页条数", "Hits per page"], HelpName = "N" };
        var command = new Command("search", t["检索信息资源目录", "Search the catalog"])
        {
            query, provider, region, shareType, openType, theme, status, sort, page, pageSize,
        };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var request = new SearchRequest(r.GetValue(query), r.GetValue(provider), r.GetValue(region), r.GetValue(shareType),
                r.GetValue(openType), r.GetValue(theme), r.GetValue(status), r.GetValue(sort), r.GetValue(page), r.GetValue(pageSize));
            RenderSearch(s, await s.Client.SearchAsync(request, ct).ConfigureAwait(false));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void RenderSearch(ClientSession s, JsonElement result)
    {
        if (s.Json)
        {
            s.Out.Json(result);
            return;
        }
        var t = s.T;
        s.Out.Line(Markup.Escape(t[$"共 {result.Str("total")} 条，第 {result.Str("page")} 页", $"{result.Str("total")} hits, page {result.Str("page")}"]));
        var table = new Table().AddColumns(TableColumns.Fixed(t["代码", "Code"]), TableColumns.Text(t["名称与摘要", "Name and abstract"]), TableColumns.Text(t["提供方", "Provider"]));
        foreach (var hit in result.Get("hits").Items())
        {
            table.AddRow(new Markup(Markup.Escape(hit.Str("code"))), new Markup(HitText(hit)),
                new Markup(Markup.Escape(hit.Get("resource").Get("provider").Str("name"))));
        }
        s.Out.Write(table);
        RenderFacets(s, result.Get("facets"));
    }

    /// <summary>The highlighted name (or the plain one), and the highlighted abstract dimmed below it.</summary>
    private static string HitText(JsonElement hit)
    {
        var highlights = hit.Get("highlights");
        var name = highlights.Str("name");
        var markup = name.Length > 0 ? Highlight.ToMarkup(name) : Markup.Escape(hit.Get("resource").Get("metadata").Str("name"));
        var snippet = highlights.Str("abstract");
        return snippet.Length > 0 ? $"{markup}\n[dim]{Highlight.ToMarkup(snippet)}[/]" : markup;
    }

    private static void RenderFacets(ClientSession s, JsonElement facets)
    {
        if (facets.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var facet in facets.EnumerateObject().Where(f => f.Value.Items().Any()))
        {
            var values = facet.Value.Items().Take(5).Select(v => $"{Label(v)} ({v.Str("count")})");
            s.Out.Line($"[bold]{Markup.Escape(FacetName(facet.Name, s.T))}[/]：{Markup.Escape(string.Join("、", values))}");
        }
    }

    private static string Label(JsonElement value) => value.Str("label") is { Length: > 0 } label ? label : value.Str("value");

    private static string FacetName(string facet, Localizer t) => facet switch
    {
        "provider" => t["提供方", "Provider"],
        "region" => t["行政区划", "Region"],
        "classification" => t["分类", "Classification"],
        "class" => t["类别", "Class"],
        "shareType" => t["共享类型", "Share type"],
        "openType" => t["开放类型", "Open type"],
        "format" => t["格式", "Format"],
        "theme" => t["主题", "Theme"],
        "updateCycle" => t["更新周期", "Update cycle"],
        "grade" => t["分级", "Grade"],
        "status" => t["状态", "Status"],
        _ => facet,
    };
}
