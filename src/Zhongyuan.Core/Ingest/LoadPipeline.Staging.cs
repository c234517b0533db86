using DuckDB.NET.Data;
using nietras.SeparatedValues;
using Zhongyuan.Ingest.Conversion;
using Zhongyuan.Ingest.Sources;
using Zhongyuan.Ingest.Text;

namespace Zhongyuan.Ingest;

public sealed partial class LoadPipeline
{
    private const int HeadBytes = 64 * 1024;

    /// <summary>The longest CSV record accepted (a field of several megabytes is legitimate, e.g. a long text).</summary>
    private const int MaxLineBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The longest CSV record of the first read, which is also DuckDB's read buffer. The converting scan keeps the source
    /// order, so DuckDB holds each buffer's converted rows until the earlier ones are written: with 32 MB buffers under
    /// the job's 400 MB limit the threads waited for each other (a 10M-row scan 31 s on two threads), with 4 MB buffers
    /// they do not (17.7 s, 300 MB). A file with a longer record is read again with <see cref="MaxLineBytes"/>.
    /// </summary>
    private const int FastLineBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Opens the source as an all-text relation. CSV and Parquet are read by DuckDB's table functions as they are
    /// converted (no staging copy); XLSX and JSON are read by C# readers into the table <c>staging</c>.
    /// </summary>
    private static async Task<StagedSource> StageAsync(DuckDBConnection duck, LoadRequest request, string staging, LoadProgress progress, StageClock clock, CancellationToken ct)
    {
        var length = new FileInfo(request.SourcePath).Length;
        progress.BytesTotal = length;
        if (length == 0)
        {
            throw new LoadFailedException("文件为空，本次加载未生效", "The file is empty; nothing was loaded");
        }
        var head = await ReadHeadAsync(request.SourcePath, ct).ConfigureAwait(false);
        var format = SourceFormatDetector.Detect(request.SourceName, head)
            ?? throw new LoadFailedException("无法识别文件格式，支持 CSV、TSV、XLSX、JSON、NDJSON 和 Parquet", "Unknown file format; CSV, TSV, XLSX, JSON, NDJSON and Parquet are supported");
        switch (format)
        {
            case SourceFormat.Csv or SourceFormat.Tsv:
                return await CsvSourceAsync(duck, request, staging, head, length, format == SourceFormat.Tsv, progress, clock, ct).ConfigureAwait(false);
            case SourceFormat.Parquet:
                var parquet = $"(SELECT COLUMNS(*)::VARCHAR FROM read_parquet({DataPlane.Literal(request.SourcePath)}))";
                return new StagedSource(parquet, Describe(duck, parquet), IsCsv: false, parquet);
            default:
                StageWithReader(duck, request, format, progress, ct);
                progress.Bytes.Report(length);
                progress.ConvertStart = 1;
                var table = $"(SELECT * EXCLUDE ({ConversionSql.SourceRow}) FROM staging)";
                return new StagedSource(table, Describe(duck, table), IsCsv: false, table);
        }
    }

    private static void StageWithReader(DuckDBConnection duck, LoadRequest request, SourceFormat format, LoadProgress progress, CancellationToken ct)
    {
        using var sink = new DuckDbStagingSink(duck, progress);
        if (format == SourceFormat.Xlsx)
        {
            XlsxRowReader.Read(request.SourcePath, request.Sheet, sink, null, ct);
        }
        else
        {
            using var stream = new FileStream(request.SourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
            JsonRowReader.Read(stream, format == SourceFormat.Ndjson, sink, null, ct);
        }
    }

    private static async Task<StagedSource> CsvSourceAsync(DuckDBConnection duck, LoadRequest request, string staging, byte[] head, long length,
        bool tab, LoadProgress progress, StageClock clock, CancellationToken ct)
    {
        var detected = EncodingDetector.Detect(head, isWholeFile: length <= head.Length);
        var path = request.SourcePath;
        if (detected.Kind != TextEncodingKind.Utf8)
        {
            path = Path.Combine(staging, "source.utf8.csv");
            await using var input = new FileStream(request.SourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
            await using var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
            // The transcoding pass counts as the first half of the progress, the converting scan as the second.
            await Utf8Transcoder.TranscodeAsync(input, output, detected, progress.Pass(0, 0.5), ct).ConfigureAwait(false);
            progress.ConvertStart = 0.5;
            clock.Lap("transcode");
        }
        // The dialect is fixed rather than sniffed: with a broken quote DuckDB's sniffer would guess "no quoting"
        // and load the rest of the file into wrong columns instead of reporting it.
        var separator = CheckHeader(path, tab);
        var fast = CsvRelations(path, separator, FastLineBytes, FastLineBytes);
        var longLines = CsvRelations(path, separator, MaxLineBytes, 2 * MaxLineBytes);
        StagedSource Open(StagedSource.CsvRead read, bool longerLinesFollow) =>
            new(read.Read, CsvErrors(() => Describe(duck, read.Again), longerLinesFollow), IsCsv: true, read.Again);
        try
        {
            return Open(fast, longerLinesFollow: true) with { LongLines = longLines };
        }
        catch (DuckDBException e) when (IsLineTooLong(e))
        {
            return Open(longLines, longerLinesFollow: false);
        }
    }

    /// <summary>
    /// The converting read (keeping the records DuckDB cannot parse in <c>reject_errors</c>) and the read for other
    /// passes (the column names, the operation column of incremental loads), which skips them, so both number the
    /// records alike.
    /// </summary>
    private static StagedSource.CsvRead CsvRelations(string path, char separator, int lineBytes, int bufferBytes)
    {
        var options = $"all_varchar = true, header = true, max_line_size = {lineBytes}, buffer_size = {bufferBytes}, " +
            $"delim = {DataPlane.Literal(separator == '\t' ? "\\t" : separator.ToString())}, quote = '\"', escape = '\"'";
        return new StagedSource.CsvRead($"read_csv({DataPlane.Literal(path)}, {options}, store_rejects = true)", $"read_csv({DataPlane.Literal(path)}, {options}, ignore_errors = true)");
    }

    /// <summary>DuckDB's error for a record longer than <c>max_line_size</c>, which it throws even when storing rejects.</summary>
    private static bool IsLineTooLong(DuckDBException e) => e.Message.Contains("Maximum line size", StringComparison.Ordinal);

    /// <summary>
    /// Runs a statement that reads the CSV file, turning DuckDB's CSV errors (an unterminated quote, a line past the size
    /// limit) into a load failure users can act on. Other errors of the statement (the converting scan also converts and
    /// writes) are not the file's fault and pass unchanged. (DuckDB says "CSV" in upper case in its CSV errors; file names here end in lower-case ".csv".)
    /// </summary>
    /// <param name="read">The statement.</param>
    /// <param name="longerLinesFollow">Whether a record past the line size is read again with longer lines (the error passes unchanged).</param>
    private static T CsvErrors<T>(Func<T> read, bool longerLinesFollow = false)
    {
        try
        {
            return read();
        }
        catch (DuckDBException e) when (e.Message.Contains("CSV", StringComparison.Ordinal) && !(longerLinesFollow && IsLineTooLong(e)))
        {
            throw new LoadFailedException(new Localization.LocalizedText(
                "无法解析 CSV 文件，请检查分隔符、引号和每行的列数：" + e.Message, "The CSV file cannot be parsed; check delimiters, quotes and the number of fields per line: " + e.Message), null, e);
        }
    }

    /// <summary>After the CSV was read: refuses a file that mixes encodings; returns the number of records DuckDB could not parse.</summary>
    private static long CsvParseRejects(DuckDBConnection duck)
    {
        if (CsvRejectsOf(duck, InvalidEncoding) > 0)
        {
            var line = Scalar<long>(duck, $"SELECT min(line) FROM reject_errors WHERE CAST(error_type AS VARCHAR) = {DataPlane.Literal(InvalidEncoding)}");
            throw new LoadFailedException(
                $"文件第 {line} 行起含有不是 UTF-8 编码的内容，文件可能混用了多种编码；请统一保存为 UTF-8 或 GB18030 后重新上传",
                $"From line {line} the file holds bytes that are not UTF-8; it may mix encodings. Save it in one encoding (UTF-8 or GB18030) and upload again");
        }
        return Scalar<long>(duck, "SELECT count(DISTINCT line) FROM reject_errors");
    }

    private const string InvalidEncoding = "INVALID ENCODING";

    private const string LineTooLong = "LINE SIZE OVER MAXIMUM";

    /// <summary>How many of DuckDB's CSV parse errors (<c>reject_errors</c>) are of these types.</summary>
    private static long CsvRejectsOf(DuckDBConnection duck, params string[] types) =>
        Scalar<long>(duck, $"SELECT count(*) FROM reject_errors WHERE CAST(error_type AS VARCHAR) IN ({string.Join(", ", types.Select(DataPlane.Literal))})");

    /// <summary>The column names of a relation, in order (DuckDB reads only what it needs to know them).</summary>
    private static List<string> Describe(DuckDBConnection duck, string relation)
    {
        using var command = duck.CreateCommand();
        command.CommandText = $"DESCRIBE SELECT * FROM {relation}";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    /// <summary>
    /// Duplicate or empty header names would be renamed silently by DuckDB and lose data: refuse them.
    /// Returns the field separator (detected by Sep from the header line: , ; | or tab).
    /// </summary>
    private static char CheckHeader(string utf8Path, bool tab)
    {
        using var reader = (tab ? Sep.New('\t').Reader(o => o with { HasHeader = false }) : Sep.Reader(o => o with { HasHeader = false })).FromFile(utf8Path);
        if (!reader.MoveNext())
        {
            return reader.Spec.Sep.Separator;
        }
        var names = new List<string>();
        for (var i = 0; i < reader.Current.ColCount; i++)
        {
            names.Add(reader.Current[i].ToString());
        }
        var empty = names.Select((n, i) => (n, i)).Where(p => string.IsNullOrWhiteSpace(p.n)).Select(p => p.i + 1).ToList();
        if (empty.Count > 0)
        {
            throw new LoadFailedException($"表头第 {string.Join("、", empty)} 列没有列名", $"Header column(s) {string.Join(", ", empty)} have no name");
        }
        var duplicates = names.GroupBy(n => n.Trim(), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new LoadFailedException($"表头有重复的列名：{string.Join("、", duplicates)}", $"The header repeats column names: {string.Join(", ", duplicates)}");
        }
        return reader.Spec.Sep.Separator;
    }

    private static async Task<byte[]> ReadHeadAsync(string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[(int)Math.Min(HeadBytes, stream.Length)];
        await stream.ReadExactlyAsync(buffer, ct).ConfigureAwait(false);
        return buffer;
    }

    /// <summary>The source as a relation of text columns in source order, and its column names.</summary>
    /// <param name="Relation">Generated SQL naming the relation (a table function or a subquery), never user text.</param>
    /// <param name="Columns">The source column names, in order.</param>
    /// <param name="IsCsv">Whether reading it can fail with CSV parse errors, and records it could not parse are in <c>reject_errors</c>.</param>
    /// <param name="Again">The same relation for a second read (CSV: without recording the parse errors again).</param>
    private sealed record StagedSource(string Relation, IReadOnlyList<string> Columns, bool IsCsv, string Again)
    {
        /// <summary>A CSV source's reads allowing records up to <see cref="MaxLineBytes"/>, when these allow fewer.</summary>
        public CsvRead? LongLines { get; init; }

        /// <summary>The same source with <see cref="LongLines"/>, or null.</summary>
        public StagedSource? WithLongLines() => LongLines is { } l ? this with { Relation = l.Read, Again = l.Again, LongLines = null } : null;

        /// <summary>The two reads of a CSV file with one set of options.</summary>
        public sealed record CsvRead(string Read, string Again);

        /// <summary>The source read again with each record's 1-based number, as in the converted file.</summary>
        public string Numbered => $"(SELECT row_number() OVER () AS {ConversionSql.SourceRow}, * FROM {Again} AS r)";
    }
}
