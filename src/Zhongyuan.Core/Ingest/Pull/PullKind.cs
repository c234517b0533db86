namespace Zhongyuan.Ingest.Pull;

/// <summary>Where a pull source reads from.</summary>
public enum PullKind
{
    /// <summary>A SQL query against a PostgreSQL database.</summary>
    Postgres,

    /// <summary>An HTTP(S) URL returning CSV or JSON.</summary>
    Http,
}
