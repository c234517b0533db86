using System.Text.Json;

namespace Zhongyuan.Ingest.Sources;

/// <summary>Finds each line of an NDJSON (JSON Lines) stream, skips blank ones, and checks each is one whole object.</summary>
internal static class NdjsonScanner
{
    /// <summary>Calls <paramref name="handler"/> with each object and its 1-based line number.</summary>
    /// <exception cref="SourceFileException">A line that is not exactly one JSON object (<c>ndjson_bad_line</c>).</exception>
    public static void Scan(Stream stream, JsonObjectHandler handler, CancellationToken ct)
    {
        var window = new ByteWindow(stream);
        window.Fill();
        window.SkipBom();
        long line = 0;
        while (true)
        {
            var newline = window.Data.IndexOf((byte)'\n');
            if (newline < 0 && !window.Eof)
            {
                ct.ThrowIfCancellationRequested();
                window.Fill();
                continue;
            }
            if (newline < 0 && window.Data.IsEmpty)
            {
                return;
            }
            var length = newline < 0 ? window.Data.Length : newline;
            Handle(window.Data[..length].Trim(" \t\r"u8), ++line, handler);
            window.Consume(newline < 0 ? length : length + 1);
        }
    }

    private static void Handle(ReadOnlySpan<byte> json, long line, JsonObjectHandler handler)
    {
        if (json.IsEmpty)
        {
            return;
        }
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonErrors.NotObject(null, line);
            }
            reader.Skip();
            if (reader.Read())
            {
                throw JsonErrors.NotObject(null, line);
            }
        }
        catch (JsonException e)
        {
            throw JsonErrors.Malformed(e, line);
        }
        handler(json, line);
    }
}
