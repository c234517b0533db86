using System.Text.Json;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Export;
using Zhongyuan.Ingest.Query;
using Zhongyuan.OpenData.Usage;
using Zhongyuan.Server.Hosting;
using Zhongyuan.Problems;
using Zhongyuan.Server.Sharing;
using Zhongyuan.Sharing.Masking;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Reading data: rows, counts, distinct values, profiles and exports. Every handler reads through a
/// <see cref="DataScope"/>: the whole version for open data and <c>data:read</c> tokens, the grant's masked view for an
/// application (see <see cref="GrantAccess"/>).
/// </summary>
internal static partial class DataEndpoints
{
    private static void MapRows(RouteGroupBuilder resources)
    {
        resources.MapGet("/rows", Rows).CountsUsage(UsageKind.ApiCall).WithSummary("查询数据 Rows of the current version (or ?version=N): select, filter, sort, keyset paging");
        resources.MapPost("/rows/query", RowsQuery).CountsUsage(UsageKind.ApiCall).WithSummary("查询数据（JSON 条件） Rows with the filter as a JSON tree");
        resources.MapGet("/rows/count", Count).CountsUsage(UsageKind.ApiCall).WithSummary("计数 Number of rows matching a filter");
        resources.MapGet("/rows/distinct", Distinct).CountsUsage(UsageKind.ApiCall).WithSummary("去重取值 Distinct values of a column with counts");
        resources.MapGet("/rows/aggregate", Aggregate).CountsUsage(UsageKind.ApiCall).WithSummary("分组聚合 Top groups of a column: count, or sum/avg of a numeric column (for charts)");
        resources.MapGet("/data/profile", Profile).WithSummary("字段画像 Per-column profile of a version");
        resources.MapGet("/data/export", Export).CountsUsage(UsageKind.Download).WithSummary("导出数据 Export a filtered query as csv, json, ndjson, xlsx or parquet");
    }

    private static async Task<IResult> Rows(string code, int? version, string? select, string? filter, string? sort, int? limit, int? offset, string? after,
        ResourceStore resources, DatasetStore store, GrantAccess access, HttpContext context, CancellationToken ct) =>
        await WithScopeAsync(code, version, resources, store, access, context, AuditActions.RowsQuery, ct, (v, scope) => QueryAsync(code, v, scope, access, context,
            new RowsRequest(FilterParser.ParseSelect(select), FilterParser.Parse(filter), FilterParser.ParseSort(sort), limit ?? RowsRequest.DefaultLimit, offset, after),
            filter));

    private static async Task<IResult> RowsQuery(string code, int? version, RowsQueryBody body,
        ResourceStore resources, DatasetStore store, GrantAccess access, HttpContext context, CancellationToken ct) =>
        await WithScopeAsync(code, version, resources, store, access, context, AuditActions.RowsQuery, ct, (v, scope) => QueryAsync(code, v, scope, access, context,
            new RowsRequest(body.Select, body.Filter is { ValueKind: JsonValueKind.Object } f ? FilterParser.ParseJson(f) : null,
                body.Sort, body.Limit ?? RowsRequest.DefaultLimit, body.Offset, body.After),
            body.Filter is { ValueKind: JsonValueKind.Object } text ? text.GetRawText() : null));

    private static async Task<IResult> QueryAsync(string code, DatasetVersion v, DataScope scope, GrantAccess access, HttpContext context, RowsRequest request, string? filterText)
    {
        if (access.CheckItems(context, code, scope, AuditActions.RowsQuery, request.Select) is { } refusal)
        {
            return refusal;
        }
        RowsPage page;
        using (var duck = MaskingFunctions.OpenReader())
        {
            page = RowsReader.Query(duck, scope.View, scope.Clamp(request));
        }
        await access.DeliveredAsync(context, code, scope, AuditActions.RowsQuery, [.. page.Columns.Select(c => c.Name)], page.Rows.Count, filterText, page.Hidden);
        return TypedResults.Ok(new RowsBody(v.Version, page.Columns, page.Rows, page.Next));
    }

    private static async Task<IResult> Count(string code, int? version, string? filter,
        ResourceStore resources, DatasetStore store, GrantAccess access, HttpContext context, CancellationToken ct) =>
        await WithScopeAsync(code, version, resources, store, access, context, AuditActions.RowsQuery, ct, async (v, scope) =>
        {
            long count;
            using (var duck = MaskingFunctions.OpenReader())
            {
                count = RowsReader.Count(duck, scope.View, FilterParser.Parse(filter));
            }
            await access.DeliveredAsync(context, code, scope, AuditActions.RowsQuery, [], 0, filter, null, "count");
            return TypedResults.Ok(new { version = v.Version, count });
        });

    private static async Task<IResult> Distinct(string code, string column, int? version, string? filter, int? limit,
        ResourceStore resources, DatasetStore store, GrantAccess access, HttpContext context, CancellationToken ct) =>
        await WithScopeAsync(code, version, resources, store, access, context, AuditActions.RowsQuery, ct, async (v, scope) =>
        {
            if (access.CheckItems(context, code, scope, AuditActions.RowsQuery, [column]) is { } refusal)
            {
                return refusal;
            }
            IReadOnlyList<DistinctValue> values;
            using (var duck = MaskingFunctions.OpenReader())
            {
                values = RowsReader.Distinct(duck, scope.View, column, FilterParser.Parse(filter), Math.Clamp(limit ?? 100, 1, 1000));
            }
            await access.DeliveredAsync(context, code, scope, AuditActions.RowsQuery, [column], 0, filter, null, "distinct");
            return TypedResults.Ok(new { version = v.Version, column, values });
        });

    private static async Task<IResult> Profile(string code, int? version, ResourceStore resources, DatasetStore store, GrantAccess access, HttpContext context, CancellationToken ct) =>
        await WithScopeAsync(code, version, resources, store, access, context, AuditActions.RowsQuery, ct, async (v, scope) =>
        {
            if (scope.Granted is null)
            {
                return TypedResults.Ok(new { version = v.Version, columns = v.Profile });
            }
            // The stored profile is of raw values: an application gets one computed on what it may see.
            IReadOnlyList<ColumnProfile> columns;
            using (var duck = MaskingFunctions.OpenReader())
            {
                columns = ColumnProfiler.Profile(duck, scope.View);
            }
            await access.DeliveredAsync(context, code, scope, AuditActions.RowsQuery, scope.Granted.Items, 0, null, null, "profile");
            return TypedResults.Ok(new { version = v.Version, columns = (object)columns });
        });

    private static async Task<IResult> Export(string code, int? version, string? format, string? encoding, string? select, string? filter, string? sort,
        ResourceStore resources, DatasetStore store, GrantAccess access, TimeProvider time, HttpContext context, CancellationToken ct)
    {
        if (!Enum.TryParse<ExportFormat>(format ?? "csv", ignoreCase: true, out var exportFormat))
        {
            return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("format", "invalid_value",
                "导出格式应为 csv、json、ndjson、xlsx 或 parquet", "format must be csv, json, ndjson, xlsx or parquet")]), context);
        }
        var csvEncoding = encoding?.ToLowerInvariant() switch
        {
            null or "utf-8" or "utf8" => CsvEncoding.Utf8,
            "utf-8-bom" or "utf8bom" or "excel" => CsvEncoding.Utf8Bom,
            "gb18030" or "gbk" => CsvEncoding.Gb18030,
            _ => (CsvEncoding?)null,
        };
        if (csvEncoding is null)
        {
            return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("encoding", "invalid_value",
                "CSV 编码应为 utf-8、utf-8-bom（适合 Excel）或 gb18030", "encoding must be utf-8, utf-8-bom (for Excel) or gb18030")]), context);
        }
        var plane = context.RequestServices.GetRequiredService<DataPlane>();
        return await WithScopeAsync(code, version, resources, store, access, context, AuditActions.RowsExport, ct, (v, scope) =>
        {
            var request = new RowsRequest(FilterParser.ParseSelect(select), FilterParser.Parse(filter), FilterParser.ParseSort(sort));
            if (access.CheckItems(context, code, scope, AuditActions.RowsExport, request.Select) is { } refusal)
            {
                return Task.FromResult(refusal);
            }
            if (scope is { Remaining: { } left, Granted.Grant: { DailyQuota: { } quota } grant })
            {
                using var duck = MaskingFunctions.OpenReader();
                var wanted = RowsReader.Count(duck, scope.View, request.Filter);
                if (wanted > left)
                {
                    access.Record(context, code, grant, AuditActions.RowsExport, "export over the daily quota");
                    return Task.FromResult(SharingProblems.QuotaExceeded(context, grant.Id, quota, quota - left, wanted, time.GetUtcNow()));
                }
            }
            var options = new ExportOptions(exportFormat, csvEncoding.Value, plane.StagingRoot);
            IResult export = new ExportResult(code, scope, access, request, filter, options, $"{code}-v{v.Version}{RowsExporter.FileExtension(exportFormat)}");
            return Task.FromResult(export);
        });
    }

    /// <summary>
    /// Resolves the readable resource, its version and the caller's scope on it (a grant for an application), runs
    /// <paramref name="body"/>, and turns query errors (bad filter syntax, unknown column, a value of the wrong type)
    /// into a 400 naming the field.
    /// </summary>
    private static async Task<IResult> WithScopeAsync(string code, int? version, ResourceStore resources, DatasetStore store, GrantAccess access,
        HttpContext context, string action, CancellationToken ct, Func<DatasetVersion, DataScope, Task<IResult>> body)
    {
        if (await Readable(code, resources, context, ct) is not { } resource)
        {
            return ResourceNotFound(code, context);
        }
        if (await store.FindVersionAsync(code, version, ct) is not { } v)
        {
            return version is null
                ? ProblemWriter.ToResult(Problem.NotFound($"信息资源“{code}”还没有数据", $"The resource \"{code}\" has no data yet"), context)
                : VersionNotFound(code, version.Value, context);
        }
        DataScope? scope = null;
        try
        {
            var (opened, refusal) = await access.OpenAsync(context, resource, v, action, ct);
            if (opened is null)
            {
                return refusal!;
            }
            scope = opened;
            return await body(v, scope);
        }
        catch (QueryException e)
        {
            if (scope?.Granted is { } granted)
            {
                access.Record(context, code, granted.Grant, action, "invalid request: " + e.Errors[0].Code, AuditOutcome.Error);
            }
            return ProblemWriter.ToResult(Problem.Invalid(e.Errors), context);
        }
    }

    /// <summary>Streams an export after the status line, so query errors found before the first byte still become a 400.</summary>
    private sealed class ExportResult(string code, DataScope scope, GrantAccess access, RowsRequest request, string? filter, ExportOptions options, string name) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            using var duck = MaskingFunctions.OpenReader();
            context.Response.ContentType = RowsExporter.ContentType(options);
            context.Response.Headers.ContentDisposition = $"attachment; filename*=UTF-8''{Uri.EscapeDataString(name)}";
            long rows;
            try
            {
                rows = await RowsExporter.ExportAsync(duck, scope.View, request, options, context.Response.Body, context.RequestAborted);
            }
            catch (QueryException e) when (!context.Response.HasStarted)
            {
                context.Response.ContentType = null;
                context.Response.Headers.ContentDisposition = default;
                await ProblemWriter.ToResult(Problem.Invalid(e.Errors), context).ExecuteAsync(context);
                return;
            }
            var hidden = scope.Granted is null ? null : RowsReader.Hidden(duck, scope.View, request, GrantAccess.MaxSubjectKeys);
            var items = request.Select is { Count: > 0 } s ? s : scope.View.Columns.Where(c => c.Name != IngestColumn.RowId).Select(c => c.Name).ToList();
            await access.DeliveredAsync(context, code, scope, AuditActions.RowsExport, items, rows, filter, hidden);
        }
    }
}
