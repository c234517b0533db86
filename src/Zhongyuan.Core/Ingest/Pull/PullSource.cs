namespace Zhongyuan.Ingest.Pull;

/// <summary>
/// A resource's pull source, with its secrets in plain text: it exists only in memory; the store seals
/// <see cref="Connection"/> and <see cref="HeaderValue"/> with the <see cref="Crypto.KeyRing"/>. Never log it or return
/// it as is; <see cref="SourceMask"/> gives what may be shown.
/// </summary>
public sealed record PullSource
{
    /// <summary>The resource the source loads into.</summary>
    public required string ResourceCode { get; init; }

    /// <summary>PostgreSQL or HTTP.</summary>
    public required PullKind Kind { get; init; }

    /// <summary>For <see cref="PullKind.Postgres"/>: a <c>postgres://</c> URL or an Npgsql connection string (secret).</summary>
    public string? Connection { get; init; }

    /// <summary>For <see cref="PullKind.Postgres"/>: one SELECT (or WITH … SELECT) statement.</summary>
    public string? Query { get; init; }

    /// <summary>For <see cref="PullKind.Http"/>: the http(s) URL.</summary>
    public string? Url { get; init; }

    /// <summary>For <see cref="PullKind.Http"/>: an optional request header name, e.g. <c>X-Api-Key</c>.</summary>
    public string? HeaderName { get; init; }

    /// <summary>The header's value (secret).</summary>
    public string? HeaderValue { get; init; }

    /// <summary>Whether the scheduler runs it (a disabled source still runs on demand).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>When it last ran.</summary>
    public DateTimeOffset? LastRunAt { get; init; }

    /// <summary>When the scheduler runs it next; null when only on demand (不定期 resources).</summary>
    public DateTimeOffset? NextRunAt { get; init; }

    /// <summary>The load job of the last run.</summary>
    public string? LastJobId { get; init; }

    /// <summary>Who configured it.</summary>
    public string UpdatedBy { get; init; } = "";

    /// <summary>When it was configured.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
