namespace Zhongyuan.Catalog.Exchange;

/// <summary>A row of a sheet: its spreadsheet row number and its cells by column header.</summary>
internal sealed record SheetRow(int Number, IReadOnlyDictionary<string, object?> Cells)
{
    public bool IsBlank => Cells.Values.All(v => CellText.Of(v) is null);

    public string? Text(string header) => CellText.Of(Cells.GetValueOrDefault(header));
}
