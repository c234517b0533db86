namespace Zhongyuan.Ingest.Sources;

/// <summary>
/// Reads a JSON array of objects, or NDJSON (one object per line; blank lines skipped), into an <see cref="IRowSink"/>.
/// The columns are the union of all objects' keys in order of first appearance; a key missing from an object is null.
/// Strings are staged as they are, numbers as written in the file, booleans as <c>true</c>/<c>false</c>, nested
/// objects and arrays as their JSON text.
/// </summary>
/// <remarks>
/// The stream is read twice: once to collect the keys (the sink needs every column before the first row, and a key
/// may first appear in the last object), then to emit the rows. Both passes stream with memory bounded by the largest
/// single object. Uploaded files are on disk, so a second pass costs a re-read, which the page cache usually serves;
/// the alternative, guessing the columns from the first objects, would fail loads whose later objects add keys.
/// </remarks>
public static class JsonRowReader
{
    private const int ProgressEvery = 10_000;

    /// <summary>Reads the objects of <paramref name="stream"/> (from its current position) into <paramref name="sink"/>.</summary>
    /// <param name="stream">The file; must be seekable (it is read twice).</param>
    /// <param name="ndjson">True for one object per line, false for a JSON array of objects.</param>
    /// <param name="sink">Receives the columns, then one row per object.</param>
    /// <param name="rows">Told the number of rows emitted so far, every 10,000 rows and at the end.</param>
    /// <param name="ct">Cancels between objects.</param>
    /// <returns>The number of rows emitted.</returns>
    /// <exception cref="ArgumentException">The stream is not seekable.</exception>
    /// <exception cref="SourceFileException">
    /// Not an array (<c>json_not_array</c>), an element that is not an object (<c>json_not_object</c>), an NDJSON
    /// line that is not one object (<c>ndjson_bad_line</c>, with its line number), malformed JSON (<c>json_invalid</c>),
    /// a truncated array (<c>json_truncated</c>), content after the array (<c>json_trailing</c>), an empty file
    /// (<c>json_empty</c>) or no keys at all (<c>json_no_columns</c>).
    /// </exception>
    public static long Read(Stream stream, bool ndjson, IRowSink sink, IProgress<long>? rows, CancellationToken ct)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The JSON reader reads the stream twice, so it must be seekable.", nameof(stream));
        }
        var start = stream.Position;
        var columns = new JsonColumns();
        Scan(stream, ndjson, (json, _) => columns.Collect(json), ct);
        if (columns.Names.Count == 0)
        {
            throw JsonErrors.NoColumns();
        }
        sink.Begin(columns.Names);
        stream.Position = start;
        var values = new string?[columns.Names.Count];
        long count = 0;
        Scan(stream, ndjson, (json, _) =>
        {
            columns.Fill(json, values);
            sink.Row(values);
            if (++count % ProgressEvery == 0)
            {
                rows?.Report(count);
            }
        }, ct);
        rows?.Report(count);
        return count;
    }

    private static void Scan(Stream stream, bool ndjson, JsonObjectHandler handler, CancellationToken ct)
    {
        if (ndjson)
        {
            NdjsonScanner.Scan(stream, handler, ct);
        }
        else
        {
            JsonArrayScanner.Scan(stream, handler, ct);
        }
    }
}
