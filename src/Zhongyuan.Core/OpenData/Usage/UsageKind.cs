namespace Zhongyuan.OpenData.Usage;

/// <summary>What use of a resource's data is counted.</summary>
public enum UsageKind
{
    /// <summary>A data API call answered with data: rows, counts, distinct values, aggregates, CKAN datastore_search.</summary>
    ApiCall,

    /// <summary>A download: an export in any format, or the data package.</summary>
    Download,
}
