using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Zhongyuan.Catalog;

namespace Zhongyuan.Search;

/// <summary>
/// The catalog's full-text and faceted search: a Lucene index in its own directory (<c>&lt;data&gt;/index/catalog</c>)
/// with one document per resource, keyed by its code, analysed with the SmartCn Chinese analyzer. Results are
/// read from the index alone: each document stores the whole resource as JSON. The index is derived data,
/// rebuilt from the catalog when missing, unreadable or of another schema (see <see cref="Open"/>).
/// Thread-safe: searches run concurrently with each other and with writes; writes are serialised and each
/// is visible to the next search once it returns.
/// </summary>
public sealed partial class CatalogIndex : IResourceIndex, IDisposable
{
    /// <summary>The number of first results that can be paged through; pages past it come back empty.</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>Changes whenever the documents change shape; an index with another version is rebuilt.</summary>
    internal const string SchemaVersion = "1";

    internal const string SchemaKey = "zhongyuan.catalog.schema";

    private readonly FSDirectory _directory;
    private readonly Analyzer _analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writeLock = new();
    private readonly Timer _committer;
    private bool _dirty;
    private bool _disposed;

    private CatalogIndex(FSDirectory directory, bool create)
    {
        _directory = directory;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
            RAMBufferSizeMB = 64,
            // A writer of the same process that is still closing (a host being restarted in place) releases the
            // lock within moments; wait for it instead of failing the start.
            WriteLockTimeout = 10_000,
        };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new WarmingSearcherFactory());
        _committer = new Timer(_ => CommitIfDirty(), null, CommitInterval, CommitInterval);
        WasRebuilt = create;
    }

    /// <summary>Whether <see cref="Open"/> found no usable index and built it anew from the catalog.</summary>
    public bool WasRebuilt { get; }

    /// <summary>The number of resources in the index, of every status.</summary>
    public int Count
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    /// <summary>
    /// How often changes are made durable. A write is visible to searches at once (near-real-time reader);
    /// committing — several fsyncs — on each write made every catalog change pay tens of milliseconds. A crash
    /// loses at most the last interval, and start-up catches the index up with the catalog (see the server's
    /// CatalogIndexHost), since the lost changes are always the newest.
    /// </summary>
    internal static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(1);

    /// <summary>Adds or replaces a resource (by code); visible to searches once this returns.</summary>
    public void Upsert(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        UpsertMany([resource]);
    }

    /// <summary>Adds or replaces resources (by code); visible to searches once this returns, durable within <see cref="CommitInterval"/>.</summary>
    public void UpsertMany(IEnumerable<Resource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var documents = resources.Select(r => (r.Code, Document: CatalogDocument.Build(r))).ToList();
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            foreach (var (code, document) in documents)
            {
                _writer.UpdateDocument(new Term(CatalogDocument.Code, code), document);
            }
            _dirty = true;
            _searchers.MaybeRefreshBlocking();
            Warm();
        }
    }

    /// <summary>
    /// Replaces the whole content of the index with the given resources in one commit, e.g. to bring it back in
    /// step with the catalog; searches see the old content until this returns.
    /// </summary>
    public void Rebuild(IEnumerable<Resource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.DeleteAll();
            AddAll(resources);
            CommitAndRefresh();
        }
    }

    /// <summary>Commits pending changes and closes the index.</summary>
    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            _committer.Dispose();
            _writer.SetCommitData(new Dictionary<string, string> { [SchemaKey] = SchemaVersion });
            _searchers.Dispose();
            _writer.Dispose();
            _directory.Dispose();
            _analyzer.Dispose();
        }
    }

    private void AddAll(IEnumerable<Resource> resources)
    {
        foreach (var resource in resources)
        {
            Add(resource);
        }
    }

    private void Add(Resource resource) =>
        _writer.UpdateDocument(new Term(CatalogDocument.Code, resource.Code), CatalogDocument.Build(resource));

    private void CommitIfDirty()
    {
        lock (_writeLock)
        {
            if (_dirty && !_disposed)
            {
                _writer.SetCommitData(new Dictionary<string, string> { [SchemaKey] = SchemaVersion });
                _writer.Commit();
                _dirty = false;
            }
        }
    }

    private void CommitAndRefresh()
    {
        _dirty = false;
        _writer.SetCommitData(new Dictionary<string, string> { [SchemaKey] = SchemaVersion });
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        Warm();
    }

    /// <summary>Answers the blank landing query through the current searcher, so no visitor waits for it after a write.</summary>
    private void Warm() => Search(new CatalogSearch());

    /// <summary>Closes the index without committing, after a failed build.</summary>
    private void Abandon()
    {
        _disposed = true;
        _committer.Dispose();
        _searchers.Dispose();
        _writer.Rollback();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
