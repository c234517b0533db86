namespace Zhongyuan.Catalog;

/// <summary>A catalog entry as stored: platform-kept fields plus the provider's metadata.</summary>
public sealed record Resource
{
    /// <summary>信息资源代码: classification code, a dash, and a six-digit sequence, e.g. <c>101001000-000001</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The lifecycle state.</summary>
    public required ResourceStatus Status { get; init; }

    /// <summary>The metadata version: 1 until first published, then one more on each change of a published entry.</summary>
    public required int Version { get; init; }

    /// <summary>The providing department.</summary>
    public required ProviderRef Provider { get; init; }

    /// <summary>The provider's fields.</summary>
    public required ResourceMetadata Metadata { get; init; }

    /// <summary>When the entry was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the entry last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>发布日期: when it was first published; null before.</summary>
    public DateOnly? PublishDate { get; init; }
}
