namespace Zhongyuan.Audit;

/// <summary>The result of an audited action; stored as <c>ok</c>, <c>denied</c>, <c>error</c>.</summary>
public enum AuditOutcome
{
    /// <summary>Done.</summary>
    Ok,

    /// <summary>Refused: not authorised, no grant, quota exceeded.</summary>
    Denied,

    /// <summary>Failed.</summary>
    Error,
}
