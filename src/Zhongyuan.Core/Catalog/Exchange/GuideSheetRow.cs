using MiniExcelLibs.Attributes;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>A row of the 填写说明 sheet: one column of the other sheets and how to fill it in.</summary>
internal sealed class GuideSheetRow
{
    [ExcelColumnName("工作表")] public required string Sheet { get; init; }
    [ExcelColumnName("列名")] public required string Column { get; init; }
    [ExcelColumnName("填写要求")] public required string Rule { get; init; }
    [ExcelColumnName("可选值")] public required string Allowed { get; init; }

    public static IReadOnlyList<GuideSheetRow> All() =>
    [
        .. WorkbookLayout.ResourceColumns.Select(c => Of(WorkbookLayout.ResourceSheet, c)),
        .. WorkbookLayout.ItemColumns.Select(c => Of(WorkbookLayout.ItemSheet, c)),
    ];

    private static GuideSheetRow Of(string sheet, WorkbookColumn column) => new()
    {
        Sheet = sheet,
        Column = column.Header,
        Rule = column.Rule,
        Allowed = string.Join('、', column.Allowed),
    };
}
