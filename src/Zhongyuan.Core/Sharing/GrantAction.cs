using Zhongyuan.Localization;

namespace Zhongyuan.Sharing;

/// <summary>What happened to a grant.</summary>
public enum GrantAction
{
    /// <summary>Created by approval (or at once for 无条件共享).</summary>
    [Label("授权", "Granted")] Granted,

    /// <summary>Paused.</summary>
    [Label("暂停", "Suspended")] Suspended,

    /// <summary>Resumed after a pause.</summary>
    [Label("恢复", "Resumed")] Resumed,

    /// <summary>Ended for good.</summary>
    [Label("撤销", "Revoked")] Revoked,

    /// <summary>Given a new end.</summary>
    [Label("续期", "Renewed")] Renewed,

    /// <summary>Daily quota changed.</summary>
    [Label("调整配额", "Quota changed")] QuotaChanged,
}
