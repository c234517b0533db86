using Zhongyuan.Localization;

namespace Zhongyuan.Sharing;

/// <summary>The state of a grant (授权).</summary>
public enum GrantStatus
{
    /// <summary>In force between its start and end.</summary>
    [Label("有效", "Active")] Active,

    /// <summary>Paused by the provider or the security administrator; can be resumed.</summary>
    [Label("已暂停", "Suspended")] Suspended,

    /// <summary>Ended for good.</summary>
    [Label("已撤销", "Revoked")] Revoked,
}
