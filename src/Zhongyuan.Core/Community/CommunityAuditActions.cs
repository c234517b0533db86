namespace Zhongyuan.Community;

/// <summary>The audit action names of the community features (dotted lower case, object first).</summary>
public static class CommunityAuditActions
{
    /// <summary>A showcase entry submitted.</summary>
    public const string ShowcaseSubmit = "showcase.submit";

    /// <summary>A showcase entry approved or rejected.</summary>
    public const string ShowcaseModerate = "showcase.moderate";

    /// <summary>A data request filed.</summary>
    public const string DataRequestCreate = "datarequest.create";

    /// <summary>A data request answered.</summary>
    public const string DataRequestAnswer = "datarequest.answer";

    /// <summary>A resource rated.</summary>
    public const string RatingSet = "rating.set";

    /// <summary>A comment written.</summary>
    public const string CommentCreate = "comment.create";

    /// <summary>A comment deleted by its author.</summary>
    public const string CommentDelete = "comment.delete";

    /// <summary>A comment hidden by an administrator.</summary>
    public const string CommentHide = "comment.hide";
}
