using Zhongyuan.Community;
using Zhongyuan.Localization;

namespace Zhongyuan.Server.Api;

internal static partial class CommunityEndpoints
{
    /// <summary>The body of <c>POST /api/v1/showcase</c>.</summary>
    /// <param name="Title">Required, at most 100 characters.</param>
    /// <param name="Kind">app, analysis, visualisation or research.</param>
    /// <param name="Description">Required, at most 2000 characters.</param>
    /// <param name="Url">An absolute http or https address.</param>
    /// <param name="ResourceCodes">1 to 10 codes of published resources it uses.</param>
    internal sealed record ShowcaseRequest(string? Title, string? Kind, string? Description, string? Url, IReadOnlyList<string>? ResourceCodes);

    /// <summary>The body of <c>POST /api/v1/showcase/{id}/moderate</c>.</summary>
    /// <param name="Decision">approve or reject.</param>
    /// <param name="Reason">Why (required to reject).</param>
    internal sealed record ModerateRequest(string? Decision, string? Reason);

    /// <summary>A showcase entry as the API shows it.</summary>
    internal sealed record ShowcaseBody(long Id, string Title, ShowcaseKind Kind, string KindLabel, string Description, string Url,
        IReadOnlyList<string> ResourceCodes, string SubmitterName, ModerationStatus Status, string StatusLabel, string? ModeratorName,
        string? ModerationReason, DateTimeOffset? ModeratedAt, DateTimeOffset CreatedAt)
    {
        public static ShowcaseBody From(ShowcaseEntry e, bool english) => new(e.Id, e.Title, e.Kind, Labels.Of(e.Kind).In(english), e.Description,
            e.Url, e.ResourceCodes, e.SubmitterName, e.Status, Labels.Of(e.Status).In(english), e.ModeratorName, e.ModerationReason, e.ModeratedAt,
            e.CreatedAt);
    }

    /// <summary>The body of <c>POST /api/v1/data-requests</c>.</summary>
    /// <param name="Title">What data is wanted; required, at most 100 characters.</param>
    /// <param name="Description">Details; required, at most 2000 characters.</param>
    /// <param name="DepartmentId">The department asked (optional).</param>
    /// <param name="Purpose">What it is for; required, at most 500 characters.</param>
    internal sealed record DataRequestCreate(string? Title, string? Description, long? DepartmentId, string? Purpose);

    /// <summary>The body of <c>POST /api/v1/data-requests/{id}/answer</c>.</summary>
    /// <param name="Status">answered, willOpen or refused.</param>
    /// <param name="Answer">The answer (for a refusal, the reason); required, at most 2000 characters.</param>
    internal sealed record DataRequestAnswer(string? Status, string? Answer);

    /// <summary>A data request as the API shows it; handlingHours = answeredAt − createdAt in hours.</summary>
    internal sealed record DataRequestBody(long Id, string Title, string Description, long? DepartmentId, string? DepartmentName, string Purpose,
        string RequesterName, DataRequestStatus Status, string StatusLabel, string? Answer, string? AnsweredByName, DateTimeOffset? AnsweredAt,
        DateTimeOffset CreatedAt, double? HandlingHours)
    {
        public static DataRequestBody From(DataRequest r, bool english) => new(r.Id, r.Title, r.Description, r.DepartmentId, r.DepartmentName,
            r.Purpose, r.RequesterName, r.Status, Labels.Of(r.Status).In(english), r.Answer, r.AnsweredByName, r.AnsweredAt, r.CreatedAt, r.HandlingHours);
    }

    /// <summary>The body of <c>PUT /api/v1/resources/{code}/rating</c>.</summary>
    /// <param name="Stars">1 to 5.</param>
    internal sealed record RatingRequest(int? Stars);

    /// <summary>The body of <c>POST /api/v1/resources/{code}/comments</c>.</summary>
    /// <param name="Text">1 to 1000 characters.</param>
    internal sealed record CommentRequest(string? Text);

    /// <summary>A comment as the API shows it (hidden ones only to administrators).</summary>
    internal sealed record CommentBody(long Id, string ResourceCode, long AuthorId, string AuthorName, string Text, DateTimeOffset CreatedAt,
        bool Hidden)
    {
        public static CommentBody From(ResourceComment c) => new(c.Id, c.ResourceCode, c.AuthorId, c.AuthorName, c.Text, c.CreatedAt, c.HiddenAt is not null);
    }

    /// <summary>A page of a list.</summary>
    internal sealed record ListBody<T>(IReadOnlyList<T> Items, long Total, int Limit, int Offset);
}
