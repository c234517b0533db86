namespace Zhongyuan.OpenData.Ckan;

/// <summary>A CKAN resource: the current data version of a catalog resource, downloadable as CSV and searchable with <c>datastore_search</c>.</summary>
public sealed record CkanResource
{
    /// <summary>The id: the resource code (so <c>datastore_search?resource_id=</c> takes the code).</summary>
    public required string Id { get; init; }
    /// <summary>The package's id.</summary>
    public required string PackageId { get; init; }
    /// <summary>The name users see.</summary>
    public required string Name { get; init; }
    /// <summary>What the file holds.</summary>
    public string Description { get; init; } = "";
    /// <summary>Always <c>CSV</c>.</summary>
    public string Format { get; init; } = "CSV";
    /// <summary>Always <c>text/csv</c>.</summary>
    public string Mimetype { get; init; } = "text/csv";
    /// <summary>The CSV export of the current version.</summary>
    public required string Url { get; init; }
    /// <summary>Null: a link, not an upload.</summary>
    public string? UrlType { get; init; }
    /// <summary>Null: the CSV is made on request, so its size is not known in advance.</summary>
    public long? Size { get; init; }
    /// <summary>When the current version was loaded (or the entry created, before any data).</summary>
    public required string Created { get; init; }
    /// <summary>When the current version was loaded; null before any data.</summary>
    public string? LastModified { get; init; }
    /// <summary>The same as <see cref="LastModified"/>, or the entry's change time.</summary>
    public required string MetadataModified { get; init; }
    /// <summary>Always 0: one resource per package.</summary>
    public int Position { get; init; }
    /// <summary>Always <c>active</c>.</summary>
    public string State { get; init; } = "active";
    /// <summary>Whether the data can be searched with <c>datastore_search</c> (a version exists).</summary>
    public bool DatastoreActive { get; init; }
    /// <summary>Not kept: empty.</summary>
    public string Hash { get; init; } = "";
    /// <summary>The current dataset version number; null before any data.</summary>
    public int? DataVersion { get; init; }
    /// <summary>Rows in the current version; null before any data.</summary>
    public long? RowCount { get; init; }
}
