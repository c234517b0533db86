using MiniExcelLibs;
using L = Zhongyuan.Catalog.Exchange.WorkbookLayout;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>
/// The Excel workbook (.xlsx) departments fill in to register or update catalog entries: a sheet
/// 信息资源 with one row per resource, a sheet 信息项 with one row per information item linked to its
/// resource by code or name, and a sheet 填写说明 listing each column's rule and allowed values.
/// Enum cells hold Chinese labels; import also accepts English labels and member names.
/// </summary>
public static partial class CatalogWorkbook
{
    /// <summary>
    /// Writes <paramref name="resources"/> as a workbook with Chinese labels; with no resources it writes
    /// the empty template. The stream is left open.
    /// </summary>
    public static async Task WriteAsync(Stream stream, IEnumerable<Resource> resources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(resources);
        var list = resources.ToList();
        var sheets = new Dictionary<string, object>
        {
            [L.ResourceSheet] = list.Select(ResourceSheetRow.From).ToList(),
            [L.ItemSheet] = list.SelectMany(ItemSheetRow.From).ToList(),
            [L.GuideSheet] = GuideSheetRow.All(),
        };
        await MiniExcel.SaveAsAsync(stream, sheets, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
