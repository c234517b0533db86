using System.Data.Common;
using System.Text;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Ingest.Export;

/// <summary>Writes rows as CSV, encoding while streaming (the encoder keeps its state across buffer drains).</summary>
internal static class CsvExport
{
    public static async Task<long> WriteAsync(DbDataReader reader, CsvEncoding encoding, Stream output, CancellationToken cancellationToken)
    {
        using var buffer = new OutputBuffer(output);
        await using var writer = new StreamWriter(buffer.Memory, TextEncoding(encoding), 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        WriteRow(writer, Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
        long rows = 0;
        var fields = new string?[reader.FieldCount];
        while (reader.Read())
        {
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.IsDBNull(i) ? null : ColumnValues.ToText(ColumnValues.Normalise(reader.GetValue(i))!);
            }

            WriteRow(writer, fields);
            if (++rows % 256 == 0)
            {
                await DrainAsync(writer, buffer, cancellationToken).ConfigureAwait(false);
            }
        }

        await DrainAsync(writer, buffer, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>The encoding; GB18030 needs the code pages provider, registered here (idempotent).</summary>
    internal static Encoding TextEncoding(CsvEncoding encoding)
    {
        if (encoding != CsvEncoding.Gb18030)
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: encoding == CsvEncoding.Utf8Bom);
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    private static async ValueTask DrainAsync(StreamWriter writer, OutputBuffer buffer, CancellationToken cancellationToken)
    {
        // Flushing a StreamWriter over a MemoryStream only moves bytes in memory; the output sees async writes alone.
        writer.Flush();
        await buffer.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteRow(StreamWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            WriteField(writer, field);
        }

        writer.WriteLine();
    }

    private static void WriteField(StreamWriter writer, string? field)
    {
        if (field is null)
        {
            return;
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
