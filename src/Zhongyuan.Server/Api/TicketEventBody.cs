using Zhongyuan.Governance.Tickets;
using Zhongyuan.Localization;

namespace Zhongyuan.Server.Api;

/// <summary>One change of a ticket.</summary>
/// <param name="Action">created, accepted, rejected, reopened or deadlineChanged.</param>
/// <param name="ActionLabel">The action in the caller's language.</param>
/// <param name="ActorId">Who: the user id.</param>
/// <param name="ActorName">Who: the sign-in name.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Note">The note, rejection reason, or old → new deadline.</param>
public sealed record TicketEventBody(TicketAction Action, string ActionLabel, long ActorId, string ActorName, DateTimeOffset At, string? Note)
{
    internal static TicketEventBody From(TicketEvent e, bool english) =>
        new(e.Action, Labels.Of(e.Action).In(english), e.ActorId, e.ActorName, e.At, e.Note);
}
