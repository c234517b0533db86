using Zhongyuan.Localization;

namespace Zhongyuan.Governance.Tickets;

/// <summary>What a <see cref="TicketEvent"/> records.</summary>
public enum TicketAction
{
    /// <summary>The consumer filed the ticket.</summary>
    [Label("提交纠错", "Created")] Created,

    /// <summary>The provider accepted it.</summary>
    [Label("采纳", "Accepted")] Accepted,

    /// <summary>The provider rejected it.</summary>
    [Label("驳回", "Rejected")] Rejected,

    /// <summary>A closed ticket was opened again, with a new deadline.</summary>
    [Label("重新打开", "Reopened")] Reopened,

    /// <summary>The provider or an administrator moved the deadline.</summary>
    [Label("调整期限", "Deadline changed")] DeadlineChanged,
}
