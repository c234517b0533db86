namespace Zhongyuan.Community;

/// <summary>A comment on a resource. Hidden comments stay stored (with who hid them) but are not shown.</summary>
public sealed record ResourceComment
{
    /// <summary>The comment's id (0 before it is stored).</summary>
    public required long Id { get; init; }

    /// <summary>The resource's code.</summary>
    public required string ResourceCode { get; init; }

    /// <summary>Who wrote it.</summary>
    public required long AuthorId { get; init; }

    /// <summary>The author's sign-in name.</summary>
    public required string AuthorName { get; init; }

    /// <summary>The text, 1 to 1000 characters.</summary>
    public required string Text { get; init; }

    /// <summary>When it was written.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The administrator who hid it.</summary>
    public string? HiddenByName { get; init; }

    /// <summary>When it was hidden; null while shown.</summary>
    public DateTimeOffset? HiddenAt { get; init; }
}
