using Zhongyuan.Catalog;
using Zhongyuan.Ingest.Pull;

namespace Zhongyuan.Server.Api;

/// <summary>A resource's pull source as the API shows it: secrets masked.</summary>
/// <param name="ResourceCode">The resource.</param>
/// <param name="Kind">postgres or http.</param>
/// <param name="Connection">postgres: the connection with the password masked.</param>
/// <param name="Query">postgres: the query.</param>
/// <param name="Url">http: the URL with any password masked.</param>
/// <param name="HeaderName">http: the header name.</param>
/// <param name="HeaderValue">http: <c>****</c> when a header value is stored.</param>
/// <param name="Enabled">Whether the scheduler runs it.</param>
/// <param name="Schedule">The update cycle it follows, in the caller's language (不定期: on demand only).</param>
/// <param name="LastRunAt">When it last ran.</param>
/// <param name="NextRunAt">When the scheduler runs it next.</param>
/// <param name="LastJobId">The load job of the last run.</param>
/// <param name="UpdatedBy">Who configured it.</param>
/// <param name="UpdatedAt">When.</param>
public sealed record PullSourceBody(
    string ResourceCode, string Kind, string? Connection, string? Query, string? Url, string? HeaderName, string? HeaderValue, bool Enabled,
    string Schedule, DateTimeOffset? LastRunAt, DateTimeOffset? NextRunAt, string? LastJobId, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    internal static PullSourceBody From(PullSource s, Resource resource, bool english) => new(
        s.ResourceCode, s.Kind.ToString().ToLowerInvariant(), s.Connection is null ? null : SourceMask.Mask(s.Connection), s.Query,
        s.Url is null ? null : SourceMask.Mask(s.Url), s.HeaderName, s.HeaderValue is null ? null : SourceMask.Hidden, s.Enabled,
        Localization.Labels.Of(resource.Metadata.UpdateCycle).In(english), s.LastRunAt, s.Enabled ? s.NextRunAt : null, s.LastJobId, s.UpdatedBy, s.UpdatedAt);
}
