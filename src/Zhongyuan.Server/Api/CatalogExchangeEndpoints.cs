using Microsoft.AspNetCore.Http.HttpResults;
using Zhongyuan.Catalog;
using Zhongyuan.Catalog.Exchange;
using Zhongyuan.Identity;
using Zhongyuan.Problems;

namespace Zhongyuan.Server.Api;

/// <summary>
/// <c>/api/v1/catalog</c>: bulk import and export of catalog entries as JSON or as the XLSX layout
/// departments fill in. The import body is the file itself, typed by its Content-Type.
/// </summary>
internal static class CatalogExchangeEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const long MaxImportBytes = 64L * 1024 * 1024;

    public static void MapCatalogExchange(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/catalog").WithTags("catalog");
        group.MapPost("/import", Import).RequireAuthorization(Scopes.CatalogWrite)
            .Accepts<IFormFile>("application/json", XlsxType)
            .WithSummary("批量导入目录 Import catalog entries (JSON or XLSX body)");
        group.MapGet("/export", Export).WithSummary("导出目录 Export catalog entries as JSON or XLSX");
    }

    private static async Task<Results<Ok<ImportReportBody>, ProblemHttpResult>> Import(
        HttpContext context, CatalogImporter importer, bool? publish, CancellationToken ct)
    {
        if (context.Request.ContentLength > MaxImportBytes)
        {
            return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("body", "too_large",
                "导入文件不能超过 64 MB", "The import file must be at most 64 MB")]), context);
        }
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim() ?? "";
        IReadOnlyList<ImportedEntry> entries;
        if (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            entries = await CatalogJsonFile.ReadAsync(context.Request.Body, ct);
        }
        else if (string.Equals(mediaType, XlsxType, StringComparison.OrdinalIgnoreCase))
        {
            entries = await ReadWorkbookAsync(context.Request.Body, ct);
        }
        else
        {
            return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("Content-Type", "unsupported_media_type",
                $"请以 application/json 或 {XlsxType} 上传目录文件", $"Send the catalog file as application/json or {XlsxType}")]), context);
        }
        var report = await importer.ImportAsync(entries, context.User.Identity?.Name ?? "anonymous", publish ?? false, ct);
        return TypedResults.Ok(ImportReportBody.From(report, Lang.IsEnglish(context)));
    }

    /// <summary>The workbook reader needs a seekable stream: spool the upload to a temporary file, not to memory.</summary>
    private static async Task<IReadOnlyList<ImportedEntry>> ReadWorkbookAsync(Stream body, CancellationToken ct)
    {
        var path = Path.GetTempFileName();
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await body.CopyToAsync(file, ct);
        file.Position = 0;
        return CatalogWorkbook.Read(file);
    }

    private static async Task<IResult> Export(HttpContext context, ResourceStore store, string? format, string? status, CancellationToken ct)
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        var wanted = status is not null && Localization.Labels.TryParse<ResourceStatus>(status, out var s) ? s : ResourceStatus.Published;
        if (wanted is not (ResourceStatus.Published or ResourceStatus.Retired) && !CatalogEndpoints.CanReadUnpublished(context.User))
        {
            wanted = ResourceStatus.Published;
        }
        var resources = await store.AllAsync(wanted, ct).ToListAsync(ct);
        var name = $"zhongyuan-catalog-{wanted.ToString().ToLowerInvariant()}.{(xlsx ? "xlsx" : "json")}";
        context.Response.ContentType = xlsx ? XlsxType : "application/json; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        if (xlsx)
        {
            await CatalogWorkbook.WriteAsync(context.Response.Body, resources, ct);
        }
        else
        {
            await CatalogJsonFile.WriteAsync(context.Response.Body, resources, ct);
        }
        return Results.Empty;
    }
}
