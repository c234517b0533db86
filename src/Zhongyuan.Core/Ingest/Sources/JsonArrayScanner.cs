using System.Text.Json;

namespace Zhongyuan.Ingest.Sources;

/// <summary>Finds each element of a top-level JSON array in a stream and hands it over whole, with bounded memory.</summary>
internal static class JsonArrayScanner
{
    /// <summary>Calls <paramref name="handler"/> with each element of the array <paramref name="stream"/> holds.</summary>
    /// <exception cref="SourceFileException">Not an array, an element that is not an object, or malformed JSON.</exception>
    public static void Scan(Stream stream, JsonObjectHandler handler, CancellationToken ct)
    {
        var window = new ByteWindow(stream);
        window.Fill();
        window.SkipBom();
        while (window.Data.Trim(" \t\r\n"u8).IsEmpty)
        {
            if (window.Eof)
            {
                throw JsonErrors.Empty();
            }
            window.Fill();
        }
        var state = new JsonReaderState();
        var started = false;
        long number = 0;
        try
        {
            while (!ScanWindow(window, ref state, ref started, ref number, handler))
            {
                ct.ThrowIfCancellationRequested();
                window.Fill();
            }
        }
        catch (JsonException e)
        {
            throw JsonErrors.Malformed(e, e.LineNumber + 1);
        }
        JsonErrors.ThrowUnlessOnlyWhitespace(window);
    }

    /// <summary>Reads whole tokens and elements from the window; false when it needs more bytes.</summary>
    private static bool ScanWindow(ByteWindow window, ref JsonReaderState state, ref bool started, ref long number, JsonObjectHandler handler)
    {
        var data = window.Data;
        var reader = new Utf8JsonReader(data, window.Eof, state);
        while (true)
        {
            var saved = reader.CurrentState;
            var position = (int)reader.BytesConsumed;
            if (!reader.Read())
            {
                return NeedMore(window, ref state, saved, position, started);
            }
            if (!started)
            {
                started = reader.TokenType == JsonTokenType.StartArray ? true : throw JsonErrors.NotArray(reader.TokenType);
                continue;
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                window.Consume((int)reader.BytesConsumed);
                return true;
            }
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonErrors.NotObject(number + 1, null);
            }
            var start = (int)reader.TokenStartIndex;
            if (!reader.TrySkip())
            {
                return NeedMore(window, ref state, saved, position, started);
            }
            handler(data[start..(int)reader.BytesConsumed], ++number);
        }
    }

    private static bool NeedMore(ByteWindow window, ref JsonReaderState state, JsonReaderState saved, int position, bool started)
    {
        if (window.Eof)
        {
            throw started ? JsonErrors.Truncated() : JsonErrors.Empty();
        }
        window.Consume(position);
        state = saved;
        return false;
    }
}
