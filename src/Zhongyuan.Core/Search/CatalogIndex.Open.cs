using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Zhongyuan.Catalog;

namespace Zhongyuan.Search;

public sealed partial class CatalogIndex
{
    /// <summary>
    /// Opens the index in <paramref name="directory"/> (created when missing). When there is no index there, or
    /// it cannot be read (missing or damaged files, checksum mismatch, a format this Lucene cannot read), or it
    /// was written with another schema version, its Lucene files are deleted and it is rebuilt from
    /// <paramref name="allResources"/>, which is called only then; <see cref="WasRebuilt"/> tells which happened.
    /// Opening reads every file of the index once to verify its checksums.
    /// </summary>
    /// <param name="directory">The index directory; only Lucene's files in it (<c>segments*</c>, <c>_*</c>, <c>write.lock</c>) are ever deleted.</param>
    /// <param name="allResources">Every resource of the catalog, of every status.</param>
    /// <param name="logger">Told why an index is rebuilt.</param>
    /// <exception cref="LockObtainFailedException">Another writer holds the index.</exception>
    public static CatalogIndex Open(string directory, Func<IEnumerable<Resource>> allResources, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(allResources);
        var index = Create(directory, logger);
        try
        {
            if (index.WasRebuilt)
            {
                index.AddAll(allResources());
                index.CommitAndRefresh();
            }
            else
            {
                index.Warm();
            }
            return index;
        }
        catch
        {
            index.Abandon();
            throw;
        }
    }

    /// <summary>
    /// Opens the index as <see cref="Open"/> does, reading the catalog asynchronously when it must be rebuilt
    /// (e.g. page by page from the database).
    /// </summary>
    /// <param name="directory">The index directory.</param>
    /// <param name="allResources">Every resource of the catalog, of every status; called only for a rebuild.</param>
    /// <param name="logger">Told why an index is rebuilt.</param>
    /// <param name="ct">Cancels a rebuild; the partly built index is discarded and rebuilt on the next open.</param>
    public static async Task<CatalogIndex> OpenAsync(string directory, Func<CancellationToken, IAsyncEnumerable<Resource>> allResources,
        ILogger? logger = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(allResources);
        var index = Create(directory, logger);
        try
        {
            if (index.WasRebuilt)
            {
                await foreach (var resource in allResources(ct).WithCancellation(ct).ConfigureAwait(false))
                {
                    index.Add(resource);
                }
                index.CommitAndRefresh();
            }
            else
            {
                index.Warm();
            }
            return index;
        }
        catch
        {
            index.Abandon();
            throw;
        }
    }

    private static CatalogIndex Create(string directory, ILogger? logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        System.IO.Directory.CreateDirectory(directory);
        var (reason, error) = Inspect(directory);
        if (reason is not null)
        {
            logger?.LogWarning(error, "Rebuilding the catalog search index in {Directory}: {Reason}", directory, reason);
            DeleteIndexFiles(directory);
        }
        return new CatalogIndex(FSDirectory.Open(directory), create: reason is not null);
    }

    /// <summary>Why the index in a directory cannot be used as it is, or null when it can.</summary>
    private static (string? Reason, Exception? Error) Inspect(string path)
    {
        using var directory = FSDirectory.Open(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return ("no index", null);
            }
            using var reader = DirectoryReader.Open(directory);
            var schema = reader.IndexCommit.UserData.TryGetValue(SchemaKey, out var v) ? v : "none";
            if (!string.Equals(schema, SchemaVersion, StringComparison.Ordinal))
            {
                return ($"schema version {schema}, expected {SchemaVersion}", null);
            }
            foreach (var leaf in reader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }
            return (null, null);
        }
        catch (Exception e) when (IsDamage(e))
        {
            return ("unreadable: " + e.Message, e);
        }
    }

    /// <summary>
    /// Whether an exception from reading an index means the files are damaged. Lucene reports most damage as
    /// <see cref="IOException"/> (CorruptIndexException, IndexFormatTooOld/NewException, EndOfStreamException,
    /// FileNotFoundException); garbage lengths and offsets can also surface as the argument and range errors listed.
    /// </summary>
    private static bool IsDamage(Exception e) =>
        e is IOException or IndexOutOfRangeException or ArgumentException or OverflowException or InvalidCastException;

    private static void DeleteIndexFiles(string path)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(path))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_')
                || string.Equals(name, IndexWriter.WRITE_LOCK_NAME, StringComparison.Ordinal))
            {
                File.Delete(file);
            }
        }
    }
}
