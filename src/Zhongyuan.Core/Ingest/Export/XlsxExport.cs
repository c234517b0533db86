using System.Data.Common;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Ingest.Export;

/// <summary>
/// Writes rows as XLSX with MiniExcel, row by row from the reader into a staging file (MiniExcel writes its zip
/// synchronously, which a response body refuses), then copies the file to the output asynchronously.
/// </summary>
internal static class XlsxExport
{
    public static async Task<long> WriteAsync(DbDataReader reader, IReadOnlyList<IngestColumn> columns, string staging, Stream output, CancellationToken cancellationToken)
    {
        long rows = 0;
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = [.. columns.Select(Column).OfType<DynamicExcelColumn>()],
            EnableWriteNullValueCell = true,
        };
        await MiniExcel.SaveAsAsync(staging, Rows(reader, columns, () => rows++), configuration: configuration, overwriteFile: true, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        await StagedFile.CopyAsync(staging, output, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static DynamicExcelColumn? Column(IngestColumn column) => column.Type switch
    {
        ItemDataType.Date => new DynamicExcelColumn(column.Name) { Format = "yyyy-MM-dd" },
        ItemDataType.Timestamp => new DynamicExcelColumn(column.Name) { Format = "yyyy-MM-dd HH:mm:ss" },
        _ => null,
    };

    private static IEnumerable<IDictionary<string, object?>> Rows(DbDataReader reader, IReadOnlyList<IngestColumn> columns, Action counted)
    {
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                row[columns[i].Name] = Cell(reader.IsDBNull(i) ? null : ColumnValues.Normalise(reader.GetValue(i)));
            }

            counted();
            yield return row;
        }
    }

    private static object? Cell(object? value) => value switch
    {
        string s => FormulaGuard.Neutralise(s),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        byte[] bytes => Convert.ToBase64String(bytes),
        _ => value,
    };
}
