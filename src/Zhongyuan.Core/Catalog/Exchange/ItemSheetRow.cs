using MiniExcelLibs.Attributes;
using Zhongyuan.Localization;
using L = Zhongyuan.Catalog.Exchange.WorkbookLayout;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>A row of the 信息项 sheet as written.</summary>
internal sealed class ItemSheetRow
{
    [ExcelColumnName(L.ItemResource)] public string? Resource { get; init; }
    [ExcelColumnName(L.ItemName)] public string? Name { get; init; }
    [ExcelColumnName(L.DataType)] public string? DataType { get; init; }
    [ExcelColumnName(L.Length)] public int? Length { get; init; }
    [ExcelColumnName(L.DataElement)] public string? DataElement { get; init; }
    [ExcelColumnName(L.ShareType)] public string? ShareType { get; init; }
    [ExcelColumnName(L.Sensitivity)] public string? Sensitivity { get; init; }
    [ExcelColumnName(L.Masking)] public string? Masking { get; init; }
    [ExcelColumnName(L.IsKey)] public string? IsKey { get; init; }

    public static IEnumerable<ItemSheetRow> From(Resource r) => r.Metadata.Items.Select(item => new ItemSheetRow
    {
        Resource = r.Code,
        Name = item.Name,
        DataType = Labels.Zh(item.DataType),
        Length = item.Length,
        DataElement = item.DataElement,
        ShareType = Labels.Zh(item.ShareType),
        Sensitivity = Labels.Zh(item.Sensitivity),
        Masking = Labels.Zh(item.Masking),
        IsKey = item.IsKey ? "是" : "否",
    });
}
