using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.OpenData;
using Zhongyuan.OpenData.Ckan;
using Zhongyuan.Search;
using Zhongyuan.Storage;

namespace Zhongyuan.Server.Api;

internal static partial class CkanEndpoints
{
    private static async Task<CkanReply> PackageListAsync(CkanCall call, CancellationToken ct)
    {
        var limit = call.Parameters.Int("limit", int.MaxValue, 0);
        var offset = call.Parameters.Int("offset", 0, 0);
        var visible = await Catalog(call).VisibleAsync(call.Audience, ct: ct);
        return CkanReply.Ok(visible.Select(r => CkanNames.Package(r.Code)).Order(StringComparer.Ordinal).Skip(offset).Take(limit).ToList());
    }

    private static async Task<CkanReply> PackageShowAsync(CkanCall call, CancellationToken ct)
    {
        if ((call.Parameters.String("id") ?? call.Parameters.String("name_or_id")) is not { } id)
        {
            return CkanReply.Invalid("id", "Missing value");
        }
        var resource = await Catalog(call).FindAsync(CkanNames.CodeOf(id), call.Audience, ct);
        if (resource is null)
        {
            return CkanReply.NotFound();
        }
        var data = await Data(call).CurrentDataAsync([resource.Code], ct);
        return CkanReply.Ok(CkanMapper.Package(resource, data.GetValueOrDefault(resource.Code), call.BaseUrl));
    }

    private static async Task<CkanReply> ResourceShowAsync(CkanCall call, CancellationToken ct)
    {
        if (call.Parameters.String("id") is not { } id)
        {
            return CkanReply.Invalid("id", "Missing value");
        }
        var resource = await Catalog(call).FindAsync(CkanNames.CodeOf(id), call.Audience, ct);
        if (resource is null)
        {
            return CkanReply.NotFound("Not found: Resource was not found.");
        }
        var data = await Data(call).CurrentDataAsync([resource.Code], ct);
        return CkanReply.Ok(CkanMapper.Resource(resource, data.GetValueOrDefault(resource.Code), call.BaseUrl));
    }

    private static async Task<CkanReply> PackageSearchAsync(CkanCall call, CancellationToken ct)
    {
        var p = call.Parameters;
        var terms = new List<KeyValuePair<string, string>>();
        var fqError = CkanQueryParser.Split(p.String("fq"), termsOnly: true, terms, out _);
        CkanQueryParser.Split(p.String("q"), termsOnly: false, terms, out var text);
        var sortText = p.String("sort") ?? CkanQueryParser.DefaultSort;
        var facetFields = p.List("facet.field");
        if (fqError is not null)
        {
            p.Fail("fq", fqError);
        }
        if (!CkanQueryParser.TryParseSort(sortText, out var sort))
        {
            p.Fail("sort", "排序应为 score desc、metadata_modified desc、name asc 或 title_string asc; sort must be score desc, metadata_modified desc, name asc or title_string asc");
        }
        foreach (var unknown in facetFields.Where(f => !CkanQueryParser.FacetFields.Contains(f)))
        {
            p.Fail("facet.field", $"不支持的分面 Unsupported facet field: {unknown}");
        }
        var query = new CkanSearchQuery(text, terms, sort, sortText, p.Int("rows", 10, 0, CkanSearcher.MaxRows), p.Int("start", 0, 0, CatalogIndex.MaxResultWindow),
            facetFields, p.Int("facet.limit", 50, -1));
        if (p.Errors.Count > 0)
        {
            return CkanReply.Invalid(p.Errors);
        }
        var searcher = new CkanSearcher(call.Service<CatalogIndex>(), call.Service<DepartmentStore>(), Data(call));
        return CkanReply.Ok(await searcher.SearchAsync(query, call.Audience, call.BaseUrl, ct));
    }

    private static async Task<CkanReply> OrganizationListAsync(CkanCall call, CancellationToken ct)
    {
        var allFields = call.Parameters.Bool("all_fields", false);
        var (limit, offset) = (call.Parameters.Int("limit", int.MaxValue, 0), call.Parameters.Int("offset", 0, 0));
        var counts = (await Catalog(call).VisibleAsync(call.Audience, ct: ct)).CountBy(r => r.Provider.Id).ToDictionary();
        var orgs = (await call.Service<DepartmentStore>().ListAsync(ct))
            .Select(d => CkanMapper.Organization(d, counts.GetValueOrDefault(d.Id)));
        var sorted = Sort(orgs, call.Parameters.String("sort")).Skip(offset).Take(limit);
        return CkanReply.Ok(allFields ? sorted.ToList() : sorted.Select(o => o.Name).ToList());
    }

    private static async Task<CkanReply> OrganizationShowAsync(CkanCall call, CancellationToken ct)
    {
        if (call.Parameters.String("id") is not { } id)
        {
            return CkanReply.Invalid("id", "Missing value");
        }
        var department = (await call.Service<DepartmentStore>().ListAsync(ct))
            .FirstOrDefault(d => CkanNames.Organization(d.Id, d.CreditCode) == id.ToLowerInvariant() || d.Id.ToString(CultureInfo.InvariantCulture) == id);
        if (department is null)
        {
            return CkanReply.NotFound();
        }
        var count = (await Catalog(call).VisibleAsync(call.Audience, ct: ct)).Count(r => r.Provider.Id == department.Id);
        return CkanReply.Ok(CkanMapper.Organization(department, count));
    }

    private static async Task<CkanReply> GroupListAsync(CkanCall call, CancellationToken ct)
    {
        var allFields = call.Parameters.Bool("all_fields", false);
        var (limit, offset) = (call.Parameters.Int("limit", int.MaxValue, 0), call.Parameters.Int("offset", 0, 0));
        var counts = (await Catalog(call).VisibleAsync(call.Audience, ct: ct)).SelectMany(r => r.Metadata.Themes).CountBy(t => t).ToDictionary();
        var groups = OpenThemes.All.Select(t => CkanMapper.Group(t, counts.GetValueOrDefault(t.Zh)));
        var sorted = Sort(groups, call.Parameters.String("sort")).Skip(offset).Take(limit);
        return CkanReply.Ok(allFields ? sorted.ToList() : sorted.Select(g => g.Name).ToList());
    }

    private static async Task<CkanReply> TagListAsync(CkanCall call, CancellationToken ct)
    {
        var query = call.Parameters.String("query");
        var allFields = call.Parameters.Bool("all_fields", false);
        var tags = (await Catalog(call).VisibleAsync(call.Audience, ct: ct)).SelectMany(r => r.Metadata.Tags)
            .Where(t => query is null || t.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return CkanReply.Ok(allFields ? tags.Select(t => new CkanTag(t, t, t)).ToList() : tags);
    }

    /// <summary>CKAN's list sorts: <c>name asc</c> (default), <c>name desc</c>, <c>package_count desc</c>, <c>title asc</c>.</summary>
    private static IEnumerable<CkanGroup> Sort(IEnumerable<CkanGroup> groups, string? sort) => (sort ?? "name asc").Trim().ToLowerInvariant() switch
    {
        "name desc" => groups.OrderByDescending(g => g.Name, StringComparer.Ordinal),
        "package_count desc" or "packages desc" or "package_count" => groups.OrderByDescending(g => g.PackageCount).ThenBy(g => g.Name, StringComparer.Ordinal),
        "title asc" or "title" => groups.OrderBy(g => g.Title, StringComparer.Ordinal),
        _ => groups.OrderBy(g => g.Name, StringComparer.Ordinal),
    };

    private static OpenCatalog Catalog(CkanCall call) => new(call.Service<ResourceStore>());

    private static OpenDataStore Data(CkanCall call) => new(call.Service<Database>());
}
