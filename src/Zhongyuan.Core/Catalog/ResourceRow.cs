using System.Globalization;

namespace Zhongyuan.Catalog;

/// <summary>A resource as read by <c>SelectResources.sql</c>, joined with its provider.</summary>
internal sealed class ResourceRow
{
    public long Id { get; set; }
    public string Code { get; set; } = "";
    public string Status { get; set; } = "";
    public int Version { get; set; }
    public string Metadata { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? PublishDate { get; set; }
    public long ProviderId { get; set; }
    public string ProviderName { get; set; } = "";
    public string ProviderCreditCode { get; set; } = "";
    public string ProviderRegionCode { get; set; } = "";

    public Resource ToResource() => new()
    {
        Code = Code,
        Status = Enum.Parse<ResourceStatus>(Status),
        Version = Version,
        Provider = new ProviderRef(ProviderId, ProviderName, ProviderCreditCode, ProviderRegionCode),
        Metadata = CatalogJson.Deserialize(Metadata),
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        PublishDate = PublishDate is null ? null : DateOnly.ParseExact(PublishDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
