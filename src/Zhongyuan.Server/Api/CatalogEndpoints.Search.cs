using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhongyuan.Catalog;
using Zhongyuan.Search;

namespace Zhongyuan.Server.Api;

internal static partial class CatalogEndpoints
{
    /// <summary>
    /// Full-text search with facets. Every filter may repeat (<c>?theme=a&amp;theme=b</c>: either) and
    /// filters on different fields combine with AND. Anonymous callers see published entries only.
    /// </summary>
    private static Results<Ok<SearchPage>, ProblemHttpResult> Search(
        CatalogIndex index, HttpContext context, string? q, string[]? provider, string[]? region, string[]? classification,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "class")] string[]? classKind, string[]? shareType, string[]? openType,
        string[]? format, string[]? theme, string[]? updateCycle, string[]? grade, string[]? status, string? sort, int? page, int? pageSize)
    {
        if (!TryParseSort(sort, out var order))
        {
            return ProblemWriter.ToResult(Problems.Problem.Invalid([FieldError.Of("sort", "invalid_value",
                "排序方式应为 relevance、date 或 name", "sort must be relevance, date or name")]), context);
        }
        var query = new CatalogSearch
        {
            Text = q, Providers = provider, Regions = region, Classifications = classification, Classes = classKind,
            ShareTypes = shareType, OpenTypes = openType, Formats = format, Themes = theme, UpdateCycles = updateCycle, Grades = grade,
            Statuses = Statuses(status, context), Sort = order,
            Page = Math.Max(1, page ?? 1), PageSize = Math.Clamp(pageSize ?? 20, 1, CatalogSearch.MaxPageSize),
        };
        var started = Stopwatch.GetTimestamp();
        var results = index.Search(query);
        PlatformMetrics.SearchDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return TypedResults.Ok(SearchPage.From(results));
    }

    private static IReadOnlySet<string> Statuses(string[]? requested, HttpContext context)
    {
        var wanted = requested is { Length: > 0 } ? requested : ["published"];
        var allowed = CanReadUnpublished(context.User) ? wanted : wanted.Where(s => s is "published" or "retired");
        var set = allowed.ToHashSet(StringComparer.Ordinal);
        return set.Count == 0 ? new HashSet<string>(StringComparer.Ordinal) { "published" } : set;
    }

    private static bool TryParseSort(string? sort, out SearchSort order)
    {
        order = SearchSort.Relevance;
        return sort is null || Localization.Labels.TryParse(sort, out order);
    }
}
