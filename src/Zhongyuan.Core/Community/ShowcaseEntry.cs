namespace Zhongyuan.Community;

/// <summary>A use of the open data (成果展示): an app, analysis, visualisation or study, linked to the resources it uses.</summary>
public sealed record ShowcaseEntry
{
    /// <summary>The entry's id (0 before it is stored).</summary>
    public required long Id { get; init; }

    /// <summary>The title, at most 100 characters.</summary>
    public required string Title { get; init; }

    /// <summary>What it is.</summary>
    public required ShowcaseKind Kind { get; init; }

    /// <summary>What it does and how it uses the data, at most 2000 characters.</summary>
    public required string Description { get; init; }

    /// <summary>Where to see it: an absolute http or https address.</summary>
    public required string Url { get; init; }

    /// <summary>The codes of the published resources it uses (1 to 10).</summary>
    public required IReadOnlyList<string> ResourceCodes { get; init; }

    /// <summary>Who submitted it.</summary>
    public required long SubmitterId { get; init; }

    /// <summary>The submitter's sign-in name.</summary>
    public required string SubmitterName { get; init; }

    /// <summary>Pending, approved or rejected.</summary>
    public required ModerationStatus Status { get; init; }

    /// <summary>The administrator who decided, once decided.</summary>
    public long? ModeratorId { get; init; }

    /// <summary>The moderator's sign-in name.</summary>
    public string? ModeratorName { get; init; }

    /// <summary>Why it was rejected (or a note on the approval).</summary>
    public string? ModerationReason { get; init; }

    /// <summary>When it was decided.</summary>
    public DateTimeOffset? ModeratedAt { get; init; }

    /// <summary>When it was submitted.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
