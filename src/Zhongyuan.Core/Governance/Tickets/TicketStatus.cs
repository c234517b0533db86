using Zhongyuan.Localization;

namespace Zhongyuan.Governance.Tickets;

/// <summary>The state of a correction ticket: open until the provider accepts or rejects it; a closed ticket may be reopened.</summary>
public enum TicketStatus
{
    /// <summary>Waiting for the provider's answer.</summary>
    [Label("待处理", "Open")] Open,

    /// <summary>The provider agreed and names the data version that carries the fix.</summary>
    [Label("已采纳", "Accepted")] Accepted,

    /// <summary>The provider disagreed and gave a reason.</summary>
    [Label("已驳回", "Rejected")] Rejected,
}
