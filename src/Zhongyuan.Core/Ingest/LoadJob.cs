using Zhongyuan.Localization;

namespace Zhongyuan.Ingest;

/// <summary>A load of one source into one resource, as a background job.</summary>
public sealed record LoadJob
{
    /// <summary>The job id (32 hex characters).</summary>
    public required string Id { get; init; }

    /// <summary>The resource loaded into.</summary>
    public required string ResourceCode { get; init; }

    /// <summary>Where the job is.</summary>
    public required LoadState State { get; init; }

    /// <summary>Full or incremental.</summary>
    public required LoadMode Mode { get; init; }

    /// <summary>The source: a file name or a URL.</summary>
    public required string Source { get; init; }

    /// <summary>The source's size in bytes when known.</summary>
    public long? BytesTotal { get; init; }

    /// <summary>Bytes of the source read so far.</summary>
    public long BytesRead { get; init; }

    /// <summary>Rows read so far (known once the source is staged).</summary>
    public long RowsRead { get; init; }

    /// <summary>Rows rejected so far.</summary>
    public long RowsRejected { get; init; }

    /// <summary>The version the job produced, once it succeeded.</summary>
    public int? Version { get; init; }

    /// <summary>Why it failed.</summary>
    public LocalizedText? Error { get; init; }

    /// <summary>Column binding and reject summary, once known.</summary>
    public LoadReport? Report { get; init; }

    /// <summary>Who started it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was queued.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a worker started it.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}
