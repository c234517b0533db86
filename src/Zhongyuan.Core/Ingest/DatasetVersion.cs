using System.Text.Json;

namespace Zhongyuan.Ingest;

/// <summary>An immutable version of a resource's data: one Parquet file, visible once this row committed.</summary>
public sealed record DatasetVersion
{
    /// <summary>The resource.</summary>
    public required string ResourceCode { get; init; }

    /// <summary>1, 2, …; the highest is current.</summary>
    public required int Version { get; init; }

    /// <summary>The load job that produced it.</summary>
    public required string JobId { get; init; }

    /// <summary>Full or incremental.</summary>
    public required LoadMode Mode { get; init; }

    /// <summary>The source file name or URL.</summary>
    public required string Source { get; init; }

    /// <summary>The Parquet file, relative to the data directory.</summary>
    public required string File { get; init; }

    /// <summary>The reject report (CSV), relative to the data directory, when rows were rejected.</summary>
    public string? RejectsFile { get; init; }

    /// <summary>The change set (Parquet) of an incremental load, relative to the data directory.</summary>
    public string? ChangesFile { get; init; }

    /// <summary>Rows in the version.</summary>
    public required long RowCount { get; init; }

    /// <summary>Rows of the source that were rejected.</summary>
    public required long RowsRejected { get; init; }

    /// <summary>Rows inserted compared with the previous version.</summary>
    public required long Inserted { get; init; }

    /// <summary>Rows updated compared with the previous version.</summary>
    public required long Updated { get; init; }

    /// <summary>Rows deleted compared with the previous version.</summary>
    public required long Deleted { get; init; }

    /// <summary>Size of the Parquet file in bytes.</summary>
    public required long Bytes { get; init; }

    /// <summary>The columns of the file.</summary>
    public required IReadOnlyList<IngestColumn> Columns { get; init; }

    /// <summary>The per-column profile computed at load time.</summary>
    public required JsonElement Profile { get; init; }

    /// <summary>Who loaded it.</summary>
    public required string LoadedBy { get; init; }

    /// <summary>When it became current.</summary>
    public required DateTimeOffset LoadedAt { get; init; }
}
