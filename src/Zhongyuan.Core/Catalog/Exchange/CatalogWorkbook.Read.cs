using System.Xml;
using MiniExcelLibs;
using L = Zhongyuan.Catalog.Exchange.WorkbookLayout;

namespace Zhongyuan.Catalog.Exchange;

public static partial class CatalogWorkbook
{
    /// <summary>
    /// Reads the entries of a workbook: one per non-blank row of 信息资源, in sheet order, with the items
    /// of 信息项 that link to it. Cells may hold numbers or text. A bad row gives an entry with errors and
    /// does not stop the others; item rows that link to no resource are reported in an entry with row 0,
    /// placed first. A file that is not a workbook, or lacks a sheet or a required column, gives a single
    /// entry with row 0. Status, version and publish date are ignored: the platform keeps them.
    /// </summary>
    public static IReadOnlyList<ImportedEntry> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var workbook = stream.CanSeek ? stream : Buffer(stream);
        try
        {
            return ReadWorkbook(workbook);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or XmlException or NotSupportedException)
        {
            return [ImportedEntry.ForFile([ExchangeErrors.NotWorkbook()])];
        }
        finally
        {
            if (!ReferenceEquals(workbook, stream))
            {
                workbook.Dispose();
            }
        }
    }

    private static IReadOnlyList<ImportedEntry> ReadWorkbook(Stream workbook)
    {
        workbook.Position = 0;
        var names = MiniExcel.GetSheetNames(workbook);
        var missing = new[] { L.ResourceSheet, L.ItemSheet }.Where(s => !names.Contains(s, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            return [ImportedEntry.ForFile(missing.Select(ExchangeErrors.SheetMissing))];
        }
        var resources = Sheet.Read(workbook, L.ResourceSheet);
        var items = Sheet.Read(workbook, L.ItemSheet);
        var columnErrors = resources.MissingColumns(L.ResourceColumns).Concat(items.MissingColumns(L.ItemColumns)).ToList();
        return columnErrors.Count > 0 ? [ImportedEntry.ForFile(columnErrors)] : Convert(resources.Rows, items.Rows);
    }

    private static List<ImportedEntry> Convert(IReadOnlyList<SheetRow> resources, IReadOnlyList<SheetRow> items)
    {
        var (itemsByResource, linkErrors) = new ItemLinker(resources).Link(resources.Count, items);
        var entries = resources.Select((row, i) => ResourceRowReader.Read(row, itemsByResource[i])).ToList();
        if (linkErrors.Count > 0)
        {
            entries.Insert(0, ImportedEntry.ForFile(linkErrors));
        }
        return entries;
    }

    private static MemoryStream Buffer(Stream stream)
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer;
    }
}
