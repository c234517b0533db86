using System.Globalization;
using System.Text.Json;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;
using Zhongyuan.OpenData;
using Zhongyuan.OpenData.Ckan;
using Zhongyuan.OpenData.Usage;

namespace Zhongyuan.Server.Api;

internal static partial class CkanEndpoints
{
    /// <summary>
    /// <c>datastore_search</c> over the current data version. The package must be visible to the caller and its
    /// data readable by the same rule as the rows API (open data for anyone, the rest with <c>data:read</c>):
    /// visible but not readable answers 403, not visible 404.
    /// </summary>
    private static async Task<CkanReply> DatastoreSearchAsync(CkanCall call, CancellationToken ct)
    {
        var p = call.Parameters;
        if ((p.String("resource_id") ?? p.String("id")) is not { } id)
        {
            return CkanReply.Invalid("resource_id", "Missing value");
        }
        var code = CkanNames.CodeOf(id);
        var resources = call.Service<ResourceStore>();
        if (await DataEndpoints.Readable(code, resources, call.Context, ct) is null)
        {
            return await Catalog(call).FindAsync(code, call.Audience, ct) is null
                ? CkanReply.NotFound("Not found: Resource was not found.")
                : CkanReply.Forbidden($"User not authorized to read resource {id}: 有条件开放或不予开放的数据需要 data:read 权限 (conditional or closed data needs data:read)");
        }
        var version = await call.Service<DatasetStore>().FindVersionAsync(code, null, ct);
        if (version is null)
        {
            return CkanReply.NotFound($"Not found: Resource \"{id}\" was not found: 尚无数据 it has no data yet.");
        }
        var request = DatastoreRequest(p, version);
        if (request is null)
        {
            return CkanReply.Invalid(p.Errors);
        }
        var reply = RunDatastore(call, version, request, id);
        if (reply.Error is null)
        {
            call.Service<UsageMeter>().Count(code, UsageKind.ApiCall);
        }
        return reply;
    }

    private static DatastoreQuery? DatastoreRequest(CkanParameters p, DatasetVersion version)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (p.Object("filters") is { } f)
        {
            foreach (var property in f.EnumerateObject())
            {
                filters[property.Name] = property.Value.ValueKind == JsonValueKind.Array
                    ? [.. property.Value.EnumerateArray().Select(Text)]
                    : [Text(property.Value)];
            }
        }
        var query = new DatastoreQuery(filters, p.String("q"), p.List("fields"), p.String("sort"),
            p.Int("limit", CkanDatastore.DefaultLimit, 0, RowsRequest.MaxLimit), p.Int("offset", 0, 0), p.Bool("include_total", true));
        return p.Errors.Count > 0 ? null : query;
    }

    private static string Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();

    private static CkanReply RunDatastore(CkanCall call, DatasetVersion version, DatastoreQuery q, string id)
    {
        var plane = call.Service<DataPlane>();
        try
        {
            var filter = CkanDatastore.Filter(q.Filters, q.Q, version.Columns);
            using var duck = DataPlane.OpenReader();
            var file = plane.Full(version.File);
            // A limit of 0 asks for the fields and the total only; the rows API needs at least one row.
            var page = RowsReader.Query(duck, file, version.Columns, new RowsRequest(q.Fields, filter, CkanDatastore.Sort(q.Sort), Math.Max(q.Limit, 1), q.Offset));
            long? total = q.IncludeTotal ? RowsReader.Count(duck, file, version.Columns, filter) : null;
            return CkanReply.Ok(new CkanDatastoreResult
            {
                ResourceId = id,
                Fields = [.. page.Columns.Select(c => new CkanField(c.Name, CkanDatastore.TypeOf(c.Type)))],
                Records = q.Limit == 0 ? [] : CkanDatastore.Records(page),
                Total = total, IncludeTotal = q.IncludeTotal, Limit = q.Limit, Offset = q.Offset,
                Filters = q.Filters.Count == 0 ? null : q.Filters.ToDictionary(kv => kv.Key, kv => (object?)(kv.Value.Count == 1 ? kv.Value[0] : kv.Value)),
                Q = q.Q, Sort = q.Sort, Links = Links(id, q),
            });
        }
        catch (QueryException e)
        {
            return CkanReply.Invalid(e.Errors.GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.Message.Zh + " " + x.Message.En).ToList()));
        }
    }

    private static CkanLinks Links(string id, DatastoreQuery q)
    {
        var path = "/api/3/action/datastore_search?resource_id=" + Uri.EscapeDataString(id);
        return new CkanLinks(path, path + "&offset=" + (q.Offset + q.Limit).ToString(CultureInfo.InvariantCulture));
    }

    private sealed record DatastoreQuery(IReadOnlyDictionary<string, IReadOnlyList<string>> Filters, string? Q, IReadOnlyList<string> Fields,
        string? Sort, int Limit, int Offset, bool IncludeTotal);
}
