using System.Buffers;
using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Ingest.Export;

/// <summary>Writes rows as a JSON array of objects or as NDJSON, Chinese kept readable (the output is a file, not HTML).</summary>
internal static class JsonExport
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<long> WriteAsync(DbDataReader reader, bool lines, Stream output, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(OutputBuffer.Threshold * 2);
        await using var json = new Utf8JsonWriter(buffer, WriterOptions);
        var names = Enumerable.Range(0, reader.FieldCount).Select(i => JsonEncodedText.Encode(reader.GetName(i), WriterOptions.Encoder)).ToArray();
        if (!lines)
        {
            json.WriteStartArray();
        }

        long rows = 0;
        while (reader.Read())
        {
            WriteObject(json, reader, names);
            rows++;
            if (lines)
            {
                json.Flush();
                json.Reset();
                buffer.Write("\n"u8);
            }

            if (json.BytesPending + buffer.WrittenCount >= OutputBuffer.Threshold)
            {
                await DrainAsync(json, buffer, output, cancellationToken).ConfigureAwait(false);
            }
        }

        if (!lines)
        {
            json.WriteEndArray();
        }

        await DrainAsync(json, buffer, output, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static async ValueTask DrainAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream output, CancellationToken cancellationToken)
    {
        json.Flush();
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        buffer.ResetWrittenCount();
    }

    private static void WriteObject(Utf8JsonWriter json, DbDataReader reader, JsonEncodedText[] names)
    {
        json.WriteStartObject();
        for (var i = 0; i < names.Length; i++)
        {
            json.WritePropertyName(names[i]);
            WriteValue(json, reader.IsDBNull(i) ? null : ColumnValues.Normalise(reader.GetValue(i)));
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case DateTime dt:
                json.WriteStringValue(dt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(ColumnValues.ToText(value));
                break;
        }
    }
}
