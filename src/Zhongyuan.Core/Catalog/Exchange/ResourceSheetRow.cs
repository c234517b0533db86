using System.Globalization;
using MiniExcelLibs.Attributes;
using Zhongyuan.Localization;
using L = Zhongyuan.Catalog.Exchange.WorkbookLayout;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>A row of the 信息资源 sheet as written; MiniExcel takes the headers from the attributes.</summary>
internal sealed class ResourceSheetRow
{
    [ExcelColumnName(L.Code)] public string? Code { get; init; }
    [ExcelColumnName(L.Name)] public string? Name { get; init; }
    [ExcelColumnName(L.Classification)] public string? Classification { get; init; }
    [ExcelColumnName(L.Provider)] public string? Provider { get; init; }
    [ExcelColumnName(L.ProviderCode)] public string? ProviderCode { get; init; }
    [ExcelColumnName(L.Abstract)] public string? Abstract { get; init; }
    [ExcelColumnName(L.Format)] public string? Format { get; init; }
    [ExcelColumnName(L.ShareType)] public string? ShareType { get; init; }
    [ExcelColumnName(L.ShareConditions)] public string? ShareConditions { get; init; }
    [ExcelColumnName(L.ShareBasis)] public string? ShareBasis { get; init; }
    [ExcelColumnName(L.ShareMethods)] public string? ShareMethods { get; init; }
    [ExcelColumnName(L.OpenType)] public string? OpenType { get; init; }
    [ExcelColumnName(L.OpenConditions)] public string? OpenConditions { get; init; }
    [ExcelColumnName(L.UpdateCycle)] public string? UpdateCycle { get; init; }
    [ExcelColumnName(L.Grade)] public string? Grade { get; init; }
    [ExcelColumnName(L.RegionCode)] public string? RegionCode { get; init; }
    [ExcelColumnName(L.Tags)] public string? Tags { get; init; }
    [ExcelColumnName(L.Themes)] public string? Themes { get; init; }
    [ExcelColumnName(L.RelatedCodes)] public string? RelatedCodes { get; init; }
    [ExcelColumnName(L.Status)] public string? Status { get; init; }
    [ExcelColumnName(L.Version)] public int? Version { get; init; }
    [ExcelColumnName(L.PublishDate)] public string? PublishDate { get; init; }

    public static ResourceSheetRow From(Resource r) => new()
    {
        Code = r.Code,
        Name = r.Metadata.Name,
        Classification = r.Metadata.Classification,
        Provider = r.Provider.Name,
        ProviderCode = r.Provider.CreditCode,
        Abstract = r.Metadata.Abstract,
        Format = Labels.Zh(r.Metadata.Format),
        ShareType = Labels.Zh(r.Metadata.ShareType),
        ShareConditions = r.Metadata.ShareConditions,
        ShareBasis = r.Metadata.ShareBasis,
        ShareMethods = Join(r.Metadata.ShareMethods.Select(Labels.Zh)),
        OpenType = Labels.Zh(r.Metadata.OpenType),
        OpenConditions = r.Metadata.OpenConditions,
        UpdateCycle = Labels.Zh(r.Metadata.UpdateCycle),
        Grade = Labels.Zh(r.Metadata.Grade),
        RegionCode = r.Metadata.RegionCode,
        Tags = Join(r.Metadata.Tags),
        Themes = Join(r.Metadata.Themes),
        RelatedCodes = Join(r.Metadata.RelatedCodes),
        Status = Labels.Zh(r.Status),
        Version = r.Version,
        PublishDate = r.PublishDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string Join(IEnumerable<string> values) => string.Join('、', values);
}
