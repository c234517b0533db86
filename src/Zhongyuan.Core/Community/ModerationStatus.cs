using Zhongyuan.Localization;

namespace Zhongyuan.Community;

/// <summary>Where a showcase entry stands in moderation: only approved entries are public.</summary>
public enum ModerationStatus
{
    /// <summary>Submitted, waiting for an administrator.</summary>
    [Label("待审核", "Pending")] Pending,

    /// <summary>Approved and shown publicly.</summary>
    [Label("已通过", "Approved")] Approved,

    /// <summary>Rejected with a reason; seen only by the submitter and administrators.</summary>
    [Label("未通过", "Rejected")] Rejected,
}
