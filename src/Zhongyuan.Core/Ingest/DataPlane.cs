using DuckDB.NET.Data;

namespace Zhongyuan.Ingest;

/// <summary>
/// Where dataset files live under the data directory: <c>datasets/&lt;code&gt;/&lt;job&gt;.parquet</c> for
/// committed versions (plus their reject reports and change sets) and <c>staging/&lt;job&gt;/</c> for work in
/// progress. A version's files are moved into place before its metadata row commits, so after a crash the
/// only leftovers are staging directories and unreferenced files, which <see cref="CleanAsync"/> removes.
/// </summary>
public sealed partial class DataPlane(string dataDirectory)
{
    /// <summary>The data directory.</summary>
    public string Root { get; } = Path.GetFullPath(dataDirectory);

    /// <summary>Where work in progress lives.</summary>
    public string StagingRoot => Path.Combine(Root, "staging");

    /// <summary>A job's private staging directory (created).</summary>
    public string StagingFor(string jobId) => Directory.CreateDirectory(Path.Combine(StagingRoot, jobId)).FullName;

    /// <summary>The directory of a resource's committed files (created).</summary>
    public string DatasetDirectory(string resourceCode) => Directory.CreateDirectory(Path.Combine(Root, "datasets", resourceCode)).FullName;

    /// <summary>The relative path stored in the control plane for a file under the data directory.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>The full path of a stored relative path.</summary>
    public string Full(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>
    /// Removes what a crash left behind: every staging directory, and dataset files that no committed
    /// version refers to. Call at start, before any load runs. Returns the number of entries removed.
    /// </summary>
    public async Task<int> CleanAsync(DatasetStore store, CancellationToken ct = default)
    {
        var removed = 0;
        if (Directory.Exists(StagingRoot))
        {
            foreach (var dir in Directory.EnumerateDirectories(StagingRoot))
            {
                Directory.Delete(dir, recursive: true);
                removed++;
            }
        }
        var datasets = Path.Combine(Root, "datasets");
        if (!Directory.Exists(datasets))
        {
            return removed;
        }
        var referenced = await store.ReferencedFilesAsync(ct).ConfigureAwait(false);
        foreach (var file in Directory.EnumerateFiles(datasets, "*", SearchOption.AllDirectories))
        {
            var relative = Relative(file);
            // A key index belongs to the version file of the same name (whichever hash it was written with).
            var owner = KeyIndexName().Match(relative) is { Success: true } m ? m.Groups[1].Value + ".parquet" : relative;
            if (!referenced.Contains(owner))
            {
                File.Delete(file);
                removed++;
            }
        }
        return removed;
    }

    /// <summary>
    /// The key index of a version file (<c>&lt;job&gt;.keys.&lt;hash&gt;.parquet</c> beside <c>&lt;job&gt;.parquet</c>):
    /// DuckDB's <c>hash()</c> of the first key item (<see cref="KeyHashColumn"/>) and <c>_zy_row</c> of every row with a
    /// key, sorted by hash, so a lookup by key reads one small row group and then only the row group of the version that
    /// holds that row. Sorting 64-bit hashes instead of the key text makes the index three times cheaper to write.
    /// DuckDB does not promise the same <c>hash()</c> across releases, so the name carries a fingerprint of this
    /// build's hash (<see cref="KeyHashFingerprint"/>): after an upgrade that changes it, an old index is simply not
    /// found and lookups scan the version (same results, slower). Versions without key items have none.
    /// </summary>
    public static string KeyIndexOf(string versionFile) =>
        (versionFile.EndsWith(".parquet", StringComparison.Ordinal) ? versionFile[..^".parquet".Length] : versionFile) +
        ".keys." + KeyHashFingerprint.Value + ".parquet";

    /// <summary>
    /// The rows of a version file as a relation with <see cref="IngestColumn.RowId"/> and the item columns. A version is
    /// stored in one of two layouts: with a <c>_zy_row</c> column (loads with rejects, incremental loads, and every
    /// version before 2026-11-30), or numbered by position — the converted file of a full load in which nothing was
    /// rejected, moved into place as it is instead of being written a second time, so a row's number is its file row
    /// number + 1. The second is read through a subquery that computes <c>_zy_row</c> and also shows the file row number
    /// as <see cref="PositionColumn"/> (see <see cref="Query.RowsView.Position"/>); the per-row failure column of the
    /// conversion (always NULL in such a file) is left out.
    /// </summary>
    public static string VersionRelation(string versionFile) => VersionRelation(versionFile, IsNumberedByPosition(versionFile));

    /// <summary><see cref="VersionRelation(string)"/> when the layout is known (<see cref="IsNumberedByPosition"/>).</summary>
    internal static string VersionRelation(string versionFile, bool numberedByPosition) => numberedByPosition
        ? $"(SELECT file_row_number + 1 AS {IngestColumn.RowId}, file_row_number AS {PositionColumn}, * EXCLUDE (file_row_number, {Conversion.ConversionSql.Failures}) " +
          $"FROM read_parquet({Literal(versionFile)}, file_row_number = true))"
        : $"read_parquet({Literal(versionFile)})";

    /// <summary>In a version numbered by position, the file row number (<c>_zy_row</c> − 1) under this name.</summary>
    public const string PositionColumn = "_zy_pos";

    /// <summary>Whether a version file has no <c>_zy_row</c> column (see <see cref="VersionRelation(string)"/>); read once per file.</summary>
    public static bool IsNumberedByPosition(string versionFile) => LayoutOf(versionFile).NumberedByPosition;

    /// <summary>
    /// How a version file is laid out, read from its Parquet schema and key–value metadata once per file: numbered by
    /// position, and whether its rows are stored in <c>_zy_row</c> order (always when numbered by position; for a file
    /// with a <c>_zy_row</c> column when it was written so and says so with <see cref="RowOrderMetadata"/>, as a full
    /// load's version is; an incremental load's is not).
    /// </summary>
    internal static VersionLayout LayoutOf(string versionFile)
    {
        var info = new FileInfo(versionFile);
        var key = (info.FullName, info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
        if (Layouts.TryGetValue(key, out var layout))
        {
            return layout;
        }
        if (!info.Exists)
        {
            return default;
        }
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT (SELECT count(*) FROM parquet_schema({Literal(versionFile)}) WHERE name = '{IngestColumn.RowId}'), " +
            $"(SELECT count(*) FROM parquet_kv_metadata({Literal(versionFile)}) WHERE CAST(key AS VARCHAR) = '{RowOrderKey}' AND CAST(value AS VARCHAR) = 'file')";
        using var reader = command.ExecuteReader();
        reader.Read();
        var positional = reader.GetInt64(0) == 0;
        layout = new VersionLayout(positional, positional || reader.GetInt64(1) > 0);
        Layouts[key] = layout;
        return layout;
    }

    /// <summary>See <see cref="LayoutOf"/>.</summary>
    internal readonly record struct VersionLayout(bool NumberedByPosition, bool InRowOrder);

    private const string RowOrderKey = "zy_row_order";

    /// <summary>The <c>COPY</c> option marking a version written in <c>_zy_row</c> order (see <see cref="LayoutOf"/>).</summary>
    internal const string RowOrderMetadata = "KV_METADATA {" + RowOrderKey + ": 'file'}";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, long, long), VersionLayout> Layouts = new();

    /// <summary>The key index's column of key hashes (UBIGINT); the other is <see cref="IngestColumn.RowId"/>.</summary>
    public const string KeyHashColumn = "_zy_key_hash";

    /// <summary>This DuckDB build's <c>hash()</c> of a fixed text, in hex: part of every key index's name.</summary>
    public static readonly Lazy<string> KeyHashFingerprint = new(() =>
    {
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT hash('中原 key index')";
        return Convert.ToUInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    });

    // <job>.keys.parquet (the key-sorted index of earlier versions) or <job>.keys.<fingerprint>.parquet.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(.*)\.keys(?:\.[0-9a-f]{16})?\.parquet$")]
    private static partial System.Text.RegularExpressions.Regex KeyIndexName();

    /// <summary>
    /// DuckDB's memory limit for a load. DuckDB goes past its limit (the limit covers its buffer pool): a 5 GB CSV peaks at
    /// 812 MB for the whole process, server included, in the key-index sort and the quality assessment; 256 MB ran out of
    /// memory in a sort of that file, so 400 MB it is (docs/benchmarks.md, "A 5 GB file" and after).
    /// </summary>
    public const string JobMemoryLimit = "400MB";

    /// <summary>
    /// An embedded DuckDB for one job: in memory with a memory limit, spilling to the job's staging directory
    /// beyond it, so that a large load keeps the server's memory bounded.
    /// </summary>
    public static DuckDBConnection OpenDuckDb(string directory, string memoryLimit = JobMemoryLimit)
    {
        // In memory, spilling to the staging directory past the memory limit: a file database paid for every
        // table twice (written to its file and read back), several times slower for the same bounded memory.
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SET memory_limit = '{memoryLimit}'; SET temp_directory = {Literal(Path.Combine(directory, "spill"))}; " +
            "SET preserve_insertion_order = true; SET threads = 2; " +
            // Progress is tracked (for ScanProgress) but never printed.
            "SET enable_progress_bar = true; SET enable_progress_bar_print = false; SET progress_bar_time = 0;";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>
    /// A connection for reading committed Parquet files. All readers share one in-memory DuckDB database (each
    /// gets its own connection to it), so Parquet metadata is cached across requests instead of being read again
    /// by a fresh database every time. Versions are immutable files, so the cache never goes stale.
    /// </summary>
    public static DuckDBConnection OpenReader()
    {
        var connection = ReaderRoot.Value.Duplicate();
        connection.Open();
        return connection;
    }

    /// <summary>
    /// A connection for point lookups (a key lookup reads one row group): a second shared in-memory DuckDB with one
    /// thread, so the query runs on the caller's thread alone. With two threads on a busy 2-core server the caller
    /// waited for DuckDB's worker: the HTTP p99 of an ID lookup at 10M rows was 55–61 ms against a p50 of 30 ms.
    /// Scans stay on <see cref="OpenReader"/>, where two threads halve their time.
    /// </summary>
    public static DuckDBConnection OpenLookupReader()
    {
        var connection = LookupRoot.Value.Duplicate();
        connection.Open();
        return connection;
    }

    private static readonly Lazy<DuckDBConnection> ReaderRoot = new(() => SharedReader("scans", threads: 2, "512MB"));

    private static readonly Lazy<DuckDBConnection> LookupRoot = new(() => SharedReader("lookups", threads: 1, "128MB"));

    /// <summary>
    /// Where the shared readers spill (a sorted export of a large version does not fit their memory limit): the system's
    /// temporary directory, one per process. DuckDB's default for an in-memory database is <c>.tmp</c> under the
    /// current directory, which for a service started in <c>/</c> is not writable.
    /// </summary>
    internal static string ReaderSpillDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "zhongyuan-reader-spill-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static DuckDBConnection SharedReader(string name, int threads, string memoryLimit)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SET memory_limit = '{memoryLimit}'; SET threads = {threads.ToString(System.Globalization.CultureInfo.InvariantCulture)}; SET enable_object_cache = true; " +
            $"SET temp_directory = {Literal(Path.Combine(ReaderSpillDirectory, name))};";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>A path as a DuckDB string literal.</summary>
    public static string Literal(string text) => Conversion.SqlLiteral.Of(text);
}
