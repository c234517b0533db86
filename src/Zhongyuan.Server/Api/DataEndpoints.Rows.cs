using System.Text.Json;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Export;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Problems;

namespace Zhongyuan.Server.Api;

internal static partial class DataEndpoints
{
    private static void MapRows(RouteGroupBuilder resources)
    {
        resources.MapGet("/rows", Rows).WithSummary("查询数据 Rows of the current version (or ?version=N): select, filter, sort, keyset paging");
        resources.MapPost("/rows/query", RowsQuery).WithSummary("查询数据（JSON 条件） Rows with the filter as a JSON tree");
        resources.MapGet("/rows/count", Count).WithSummary("计数 Number of rows matching a filter");
        resources.MapGet("/rows/distinct", Distinct).WithSummary("去重取值 Distinct values of a column with counts");
        resources.MapGet("/data/profile", Profile).WithSummary("字段画像 Per-column profile of a version");
        resources.MapGet("/data/export", Export).WithSummary("导出数据 Export a filtered query as csv, json, ndjson, xlsx or parquet");
    }

    private static async Task<IResult> Rows(string code, int? version, string? select, string? filter, string? sort, int? limit, int? offset, string? after,
        ResourceStore resources, DatasetStore store, DataPlane plane, HttpContext context, CancellationToken ct) =>
        await WithVersionAsync(code, version, resources, store, context, ct, v => Query(plane, v,
            () => new RowsRequest(FilterParser.ParseSelect(select), FilterParser.Parse(filter), FilterParser.ParseSort(sort),
                limit ?? RowsRequest.DefaultLimit, offset, after)));

    private static async Task<IResult> RowsQuery(string code, int? version, RowsQueryBody body,
        ResourceStore resources, DatasetStore store, DataPlane plane, HttpContext context, CancellationToken ct) =>
        await WithVersionAsync(code, version, resources, store, context, ct, v => Query(plane, v,
            () => new RowsRequest(body.Select, body.Filter is { ValueKind: JsonValueKind.Object } f ? FilterParser.ParseJson(f) : null,
                body.Sort, body.Limit ?? RowsRequest.DefaultLimit, body.Offset, body.After)));

    private static IResult Query(DataPlane plane, DatasetVersion v, Func<RowsRequest> request)
    {
        using var duck = DataPlane.OpenReader();
        var page = RowsReader.Query(duck, plane.Full(v.File), v.Columns, request());
        return TypedResults.Ok(new RowsBody(v.Version, page.Columns, page.Rows, page.Next));
    }

    private static async Task<IResult> Count(string code, int? version, string? filter,
        ResourceStore resources, DatasetStore store, DataPlane plane, HttpContext context, CancellationToken ct) =>
        await WithVersionAsync(code, version, resources, store, context, ct, v =>
        {
            using var duck = DataPlane.OpenReader();
            return TypedResults.Ok(new { version = v.Version, count = RowsReader.Count(duck, plane.Full(v.File), v.Columns, FilterParser.Parse(filter)) });
        });

    private static async Task<IResult> Distinct(string code, string column, int? version, string? filter, int? limit,
        ResourceStore resources, DatasetStore store, DataPlane plane, HttpContext context, CancellationToken ct) =>
        await WithVersionAsync(code, version, resources, store, context, ct, v =>
        {
            using var duck = DataPlane.OpenReader();
            var values = RowsReader.Distinct(duck, plane.Full(v.File), v.Columns, column, FilterParser.Parse(filter), Math.Clamp(limit ?? 100, 1, 1000));
            return TypedResults.Ok(new { version = v.Version, column, values });
        });

    private static async Task<IResult> Profile(string code, int? version, ResourceStore resources, DatasetStore store, HttpContext context, CancellationToken ct) =>
        await WithVersionAsync(code, version, resources, store, context, ct, v => TypedResults.Ok(new { version = v.Version, columns = v.Profile }));

    private static async Task<IResult> Export(string code, int? version, string? format, string? encoding, string? select, string? filter, string? sort,
        ResourceStore resources, DatasetStore store, DataPlane plane, HttpContext context, CancellationToken ct)
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
        return await WithVersionAsync(code, version, resources, store, context, ct, v =>
        {
            var request = new RowsRequest(FilterParser.ParseSelect(select), FilterParser.Parse(filter), FilterParser.ParseSort(sort));
            var options = new ExportOptions(exportFormat, csvEncoding.Value, plane.StagingRoot);
            return new ExportResult(plane.Full(v.File), v, request, options, $"{code}-v{v.Version}{RowsExporter.FileExtension(exportFormat)}");
        });
    }

    /// <summary>
    /// Resolves the readable resource and its version, runs <paramref name="body"/>, and turns query errors
    /// (bad filter syntax, unknown column, a value of the wrong type) into a 400 naming the field.
    /// </summary>
    private static async Task<IResult> WithVersionAsync(string code, int? version, ResourceStore resources, DatasetStore store,
        HttpContext context, CancellationToken ct, Func<DatasetVersion, IResult> body)
    {
        if (await Readable(code, resources, context, ct) is null)
        {
            return ResourceNotFound(code, context);
        }
        if (await store.FindVersionAsync(code, version, ct) is not { } v)
        {
            return version is null
                ? ProblemWriter.ToResult(Problem.NotFound($"信息资源“{code}”还没有数据", $"The resource \"{code}\" has no data yet"), context)
                : VersionNotFound(code, version.Value, context);
        }
        try
        {
            return body(v);
        }
        catch (QueryException e)
        {
            return ProblemWriter.ToResult(Problem.Invalid(e.Errors), context);
        }
    }

    /// <summary>Streams an export after the status line, so query errors found before the first byte still become a 400.</summary>
    private sealed class ExportResult(string file, DatasetVersion version, RowsRequest request, ExportOptions options, string name) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            using var duck = DataPlane.OpenReader();
            context.Response.ContentType = RowsExporter.ContentType(options);
            context.Response.Headers.ContentDisposition = $"attachment; filename*=UTF-8''{Uri.EscapeDataString(name)}";
            try
            {
                await RowsExporter.ExportAsync(duck, file, version.Columns, request, options, context.Response.Body, context.RequestAborted);
            }
            catch (QueryException e) when (!context.Response.HasStarted)
            {
                context.Response.ContentType = null;
                context.Response.Headers.ContentDisposition = default;
                await ProblemWriter.ToResult(Problem.Invalid(e.Errors), context).ExecuteAsync(context);
            }
        }
    }
}
