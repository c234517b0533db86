namespace Zhongyuan.Audit;

/// <summary>How the audit chain was found broken.</summary>
public enum AuditBreakKind
{
    /// <summary>An event's content no longer matches its hash, or the chain no longer matches a signed checkpoint.</summary>
    Altered,

    /// <summary>Events are missing: a gap in seq, a prefix removed without a checkpoint anchor, or a truncated tail.</summary>
    Removed,

    /// <summary>An event does not link to its predecessor: moved to another position (or its link was changed).</summary>
    Reordered,

    /// <summary>A checkpoint's signature is not the node key's signature of its seq, hash and time.</summary>
    BadCheckpoint,
}
