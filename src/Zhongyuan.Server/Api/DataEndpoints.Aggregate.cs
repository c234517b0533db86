using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Problems;
using Zhongyuan.Server.Sharing;
using Zhongyuan.Sharing.Masking;

namespace Zhongyuan.Server.Api;

internal static partial class DataEndpoints
{
    /// <summary>
    /// Group-by for charts: the rows the caller may read (the same scope as <c>rows</c>: open data, <c>data:read</c>, or an
    /// application's grant view), grouped by one column, counted or with a numeric column summed or averaged. Under a
    /// grant the columns must be granted, a masked category groups by its masked value, and a masked value column is
    /// text in the view, so sum/avg over it is refused (400 value_not_numeric).
    /// </summary>
    private static async Task<IResult> Aggregate(string code, string category, string? fn, string? value, int? version, string? filter, int? limit,
        ResourceStore resources, DatasetStore store, GrantAccess access, HttpContext context, CancellationToken ct)
    {
        if (!Enum.TryParse<AggregateFunction>(fn ?? "count", ignoreCase: true, out var function) || !Enum.IsDefined(function))
        {
            return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("fn", "invalid_value",
                "聚合方式应为 count、sum 或 avg", "fn must be count, sum or avg")]), context);
        }
        var valueColumn = function == AggregateFunction.Count ? null : value;
        return await WithScopeAsync(code, version, resources, store, access, context, AuditActions.RowsQuery, ct, async (v, scope) =>
        {
            string[] items = valueColumn is null ? [category] : [category, valueColumn];
            if (access.CheckItems(context, code, scope, AuditActions.RowsQuery, items) is { } refusal)
            {
                return refusal;
            }
            var request = new AggregateRequest(category, function, valueColumn, FilterParser.Parse(filter), limit ?? AggregateRequest.DefaultLimit);
            (IReadOnlyList<AggregateGroup> Groups, bool More) result;
            using (var duck = MaskingFunctions.OpenReader())
            {
                result = RowsReader.Aggregate(duck, scope.View, request);
            }
            await access.DeliveredAsync(context, code, scope, AuditActions.RowsQuery, items, 0, filter, null, "aggregate " + function.ToString().ToLowerInvariant());
            return TypedResults.Ok(new AggregateBody(v.Version, category, function.ToString().ToLowerInvariant(), valueColumn, result.Groups, result.More));
        });
    }
}
