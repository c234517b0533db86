using Zhongyuan.Localization;

namespace Zhongyuan.Governance;

/// <summary>What a failed validation does to the row.</summary>
public enum RuleSeverity
{
    /// <summary>The row is rejected: it goes to the reject report, not into the version.</summary>
    [Label("错误（拒绝该行）", "Error (row rejected)")] Error,

    /// <summary>The row is loaded and flagged: it counts against the quality score and is listed among the failing rows.</summary>
    [Label("警告（标记该行）", "Warning (row flagged)")] Warning,
}
