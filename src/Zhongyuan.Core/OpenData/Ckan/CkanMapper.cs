using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Localization;
using Zhongyuan.Regions;

namespace Zhongyuan.OpenData.Ckan;

/// <summary>Maps catalog objects to CKAN dictionaries: a resource to a package, a department to an organization, a theme to a group.</summary>
public static class CkanMapper
{
    /// <summary>The package of <paramref name="resource"/>.</summary>
    /// <param name="resource">The catalog entry.</param>
    /// <param name="data">Its current data version, or null when it has none.</param>
    /// <param name="baseUrl">The server's absolute base URL without a trailing slash, for links.</param>
    public static CkanPackage Package(Resource resource, CurrentData? data, string baseUrl)
    {
        var m = resource.Metadata;
        var name = CkanNames.Package(resource.Code);
        var organization = Organization(resource.Provider);
        return new CkanPackage
        {
            Id = name, Name = name, Title = m.Name, Notes = m.Abstract,
            Author = resource.Provider.Name, Maintainer = resource.Provider.Name,
            Isopen = m.OpenType == OpenType.Unconditional, Private = m.OpenType == OpenType.NotOpen,
            MetadataCreated = CkanJson.Time(resource.CreatedAt), MetadataModified = CkanJson.Time(resource.UpdatedAt),
            Organization = organization, OwnerOrg = organization.Id,
            Url = $"{baseUrl}/api/v1/resources/{Uri.EscapeDataString(resource.Code)}",
            Version = resource.Version.ToString(CultureInfo.InvariantCulture),
            Extras = Extras(resource), Groups = [.. m.Themes.Select(t => Group(OpenThemes.Of(t), null))],
            Resources = [Resource(resource, data, baseUrl)],
            Tags = [.. m.Tags.Select(t => new CkanTag(t, t, t))],
            NumResources = 1, NumTags = m.Tags.Count,
        };
    }

    /// <summary>The CKAN resource of the current data version (present, with <c>datastore_active</c> false, before any data).</summary>
    public static CkanResource Resource(Resource resource, CurrentData? data, string baseUrl)
    {
        var code = Uri.EscapeDataString(resource.Code);
        var loaded = data is null ? null : CkanJson.Time(data.LoadedAt);
        return new CkanResource
        {
            Id = CkanNames.Package(resource.Code), PackageId = CkanNames.Package(resource.Code),
            Name = resource.Metadata.Name + "（CSV）",
            Description = data is null ? "尚无数据 No data yet" : $"第 {data.Version} 版数据，{data.RowCount} 行 Data version {data.Version}, {data.RowCount} rows",
            Url = $"{baseUrl}/api/v1/resources/{code}/data/export?format=csv",
            Created = loaded ?? CkanJson.Time(resource.CreatedAt), LastModified = loaded,
            MetadataModified = loaded ?? CkanJson.Time(resource.UpdatedAt),
            DatastoreActive = data is not null, DataVersion = data?.Version, RowCount = data?.RowCount,
        };
    }

    /// <summary>The organization of a resource's provider (no package count).</summary>
    public static CkanGroup Organization(ProviderRef provider)
    {
        var name = CkanNames.Organization(provider);
        return new CkanGroup
        {
            Id = name, Name = name, Title = provider.Name, DisplayName = provider.Name, Type = "organization", IsOrganization = true,
            Description = RegionCatalog.Henan.Find(provider.RegionCode)?.Name ?? "",
        };
    }

    /// <summary>The organization of a department, with its count of visible packages when given.</summary>
    public static CkanGroup Organization(Department department, int? packageCount) =>
        Organization(new ProviderRef(department.Id, department.Name, department.CreditCode, department.RegionCode)) with { PackageCount = packageCount };

    /// <summary>The group of an open-data theme, with its count of visible packages when given.</summary>
    public static CkanGroup Group(OpenTheme theme, int? packageCount) => new()
    {
        Id = theme.Slug, Name = theme.Slug, Title = theme.Zh, DisplayName = theme.Zh, Type = "group",
        Description = theme.En, PackageCount = packageCount,
    };

    private static IReadOnlyList<CkanExtra> Extras(Resource r)
    {
        var m = r.Metadata;
        var extras = new List<CkanExtra>
        {
            new("code", r.Code),
            new("classification", m.Classification),
            new("resource_format", Labels.Zh(m.Format)),
            new("share_type", Labels.Zh(m.ShareType)),
            new("open_type", Labels.Zh(m.OpenType)),
            new("update_cycle", Labels.Zh(m.UpdateCycle)),
            new("region_code", m.RegionCode),
            new("region_name", RegionCatalog.Henan.Find(m.RegionCode)?.Name ?? m.RegionCode),
            new("grade", Labels.Zh(m.Grade)),
            new("provider_credit_code", r.Provider.CreditCode),
        };
        if (m.OpenConditions is { Length: > 0 } conditions)
        {
            extras.Add(new("open_conditions", conditions));
        }
        if (r.PublishDate is { } published)
        {
            extras.Add(new("publish_date", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        return extras;
    }
}
