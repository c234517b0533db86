using System.Text.Json.Serialization;

namespace Zhongyuan.OpenData.Ckan;

/// <summary>The result of <c>datastore_search</c>, in CKAN's shape (records as objects).</summary>
public sealed record CkanDatastoreResult
{
    /// <summary>The resource searched.</summary>
    public required string ResourceId { get; init; }
    /// <summary>The returned columns.</summary>
    public required IReadOnlyList<CkanField> Fields { get; init; }
    /// <summary>The rows, one object per row keyed by column.</summary>
    public required IReadOnlyList<IReadOnlyDictionary<string, object?>> Records { get; init; }
    /// <summary>Rows matching the filters and q; null when <see cref="IncludeTotal"/> is false.</summary>
    public long? Total { get; init; }
    /// <summary>Whether the total was counted.</summary>
    public bool IncludeTotal { get; init; }
    /// <summary>The page size.</summary>
    public int Limit { get; init; }
    /// <summary>Rows skipped.</summary>
    public int Offset { get; init; }
    /// <summary>Always <c>objects</c>.</summary>
    public string RecordsFormat { get; init; } = "objects";
    /// <summary>The filters applied, as given.</summary>
    public IReadOnlyDictionary<string, object?>? Filters { get; init; }
    /// <summary>The full-text query, as given.</summary>
    public string? Q { get; init; }
    /// <summary>The sort, as given.</summary>
    public string? Sort { get; init; }
    /// <summary>Links to the first and the next page.</summary>
    [JsonPropertyName("_links")]
    public required CkanLinks Links { get; init; }
}
