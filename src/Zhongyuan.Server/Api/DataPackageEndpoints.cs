using System.IO.Compression;
using System.Text.Json;
using Zhongyuan.Catalog;
using Zhongyuan.Identity;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Export;
using Zhongyuan.Ingest.Query;
using Zhongyuan.OpenData;
using Zhongyuan.OpenData.Usage;
using Zhongyuan.Problems;
using Zhongyuan.Server.Hosting;
using Zhongyuan.Server.Security;
using Zhongyuan.Storage;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Frictionless Data Packages: <c>datapackage.json</c> (Table Schema from the information items, the CSV export
/// of the current version as its path) for anyone who sees the resource's metadata, and <c>datapackage.zip</c>
/// (the same descriptor with <c>data.csv</c> beside it) for whoever may read its data.
/// </summary>
internal static class DataPackageEndpoints
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void MapDataPackage(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/resources/{code}").WithTags("open data");
        group.MapGet("/datapackage.json", DescriptorAsync).WithSummary("数据包描述 Frictionless Data Package descriptor (Table Schema + CSV path)");
        group.MapGet("/datapackage.zip", ZipAsync).CountsUsage(UsageKind.Download).WithSummary("数据包 Frictionless Data Package as a zip: datapackage.json and data.csv");
    }

    private static async Task<IResult> DescriptorAsync(string code, HttpContext context, ResourceStore resources, Database database, CancellationToken ct)
    {
        var resource = await new OpenCatalog(resources).FindAsync(code, Audience(context), ct);
        if (resource is null)
        {
            return NotFound(code, context);
        }
        var data = (await new OpenDataStore(database).CurrentDataAsync([code], ct)).GetValueOrDefault(code);
        var baseUrl = CkanEndpoints.BaseUrl(context);
        var path = $"{baseUrl}/api/v1/resources/{Uri.EscapeDataString(code)}/data/export?format=csv";
        return TypedResults.Text(DataPackageBuilder.Build(resource, data, path, baseUrl).ToJsonString(Indented), "application/json; charset=utf-8");
    }

    private static async Task<IResult> ZipAsync(string code, HttpContext context, ResourceStore resources, DatasetStore store, DataPlane plane, Database database, CancellationToken ct)
    {
        var resource = await DataEndpoints.Readable(code, resources, context, ct);
        var version = resource is null ? null : await store.FindVersionAsync(code, null, ct);
        if (resource is null || version is null)
        {
            return NotFound(code, context);
        }
        var data = (await new OpenDataStore(database).CurrentDataAsync([code], ct)).GetValueOrDefault(code);
        var descriptor = DataPackageBuilder.Build(resource, data, "data.csv", CkanEndpoints.BaseUrl(context)).ToJsonString(Indented);
        // ZipArchive writes synchronously, which Kestrel forbids on the response: build the zip in a temp file first.
        var file = new FileStream(Path.Combine(Directory.CreateDirectory(plane.StagingRoot).FullName, Guid.NewGuid().ToString("N") + ".zip"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var entry = await zip.CreateEntry("datapackage.json").OpenAsync(ct))
            {
                await entry.WriteAsync(System.Text.Encoding.UTF8.GetBytes(descriptor), ct);
            }
            await using var csv = await zip.CreateEntry("data.csv").OpenAsync(ct);
            using var duck = DataPlane.OpenReader();
            await RowsExporter.ExportAsync(duck, plane.Full(version.File), version.Columns, new RowsRequest(), new ExportOptions(ExportFormat.Csv, CsvEncoding.Utf8), csv, ct);
        }
        file.Position = 0;
        return TypedResults.Stream(file, "application/zip", $"{code}-datapackage.zip");
    }

    private static OpenDataAudience Audience(HttpContext context) =>
        new(context.User.HasClaim(TokenAuthenticationHandler.ScopeClaim, Scopes.CatalogRead));

    private static IResult NotFound(string code, HttpContext context) =>
        ProblemWriter.ToResult(Problem.NotFound($"信息资源“{code}”不存在、未开放或无权读取", $"No resource \"{code}\", or it is not open to you"), context);
}
