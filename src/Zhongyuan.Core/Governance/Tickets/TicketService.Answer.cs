using Zhongyuan.Catalog;
using Zhongyuan.Problems;

namespace Zhongyuan.Governance.Tickets;

/// <summary>The provider's side: accept, reject, move the deadline; and reopening a closed ticket.</summary>
public sealed partial class TicketService
{
    /// <summary>
    /// Accepts an open ticket. <paramref name="fixedInVersion"/> is the data version with the fix: at least the version the
    /// reporter saw, and, when the resource has data, one that exists now (load the corrected data first).
    /// </summary>
    public async Task<Outcome<Ticket>> AcceptAsync(long id, int? fixedInVersion, string? note, TicketActor actor, CancellationToken ct = default)
    {
        var (ticket, problem) = await OpenForAsync(id, actor, ct).ConfigureAwait(false);
        if (ticket is null)
        {
            return problem!;
        }
        var errors = new List<FieldError>();
        TicketRules.CheckText(errors, "note", note, required: false);
        await CheckFixVersionAsync(ticket, fixedInVersion, errors, ct).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var now = Now();
        var accepted = ticket with { Status = TicketStatus.Accepted, FixedInVersion = fixedInVersion, RejectionReason = null, ClosedAt = now };
        return await SaveAsync(accepted, TicketStatus.Open, new TicketEvent(TicketAction.Accepted, actor.UserId, actor.Username, now, note), ct).ConfigureAwait(false);
    }

    /// <summary>Rejects an open ticket; the reason (at most 500 characters) is required and shown to the reporter.</summary>
    public async Task<Outcome<Ticket>> RejectAsync(long id, string? reason, TicketActor actor, CancellationToken ct = default)
    {
        var (ticket, problem) = await OpenForAsync(id, actor, ct).ConfigureAwait(false);
        if (ticket is null)
        {
            return problem!;
        }
        var errors = new List<FieldError>();
        TicketRules.CheckText(errors, "reason", reason, required: true);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var now = Now();
        var rejected = ticket with { Status = TicketStatus.Rejected, FixedInVersion = null, RejectionReason = reason!.Trim(), ClosedAt = now };
        return await SaveAsync(rejected, TicketStatus.Open, new TicketEvent(TicketAction.Rejected, actor.UserId, actor.Username, now, reason.Trim()), ct).ConfigureAwait(false);
    }

    /// <summary>Moves an open ticket's deadline; it must fall after the ticket was filed. The event notes the old and new deadline.</summary>
    public async Task<Outcome<Ticket>> ChangeDeadlineAsync(long id, DateTimeOffset? deadline, TicketActor actor, CancellationToken ct = default)
    {
        var (ticket, problem) = await OpenForAsync(id, actor, ct).ConfigureAwait(false);
        if (ticket is null)
        {
            return problem!;
        }
        if (deadline is null || deadline <= ticket.CreatedAt)
        {
            return Problem.Invalid([FieldError.Of("deadline", deadline is null ? "required" : "deadline_before_creation",
                "请给出晚于提交时间的处理期限", "Give a deadline after the ticket was filed")]);
        }
        var moved = ticket with { Deadline = TruncateToSeconds(deadline.Value.ToUniversalTime()) };
        var note = $"{ticket.Deadline:O} → {moved.Deadline:O}";
        return await SaveAsync(moved, TicketStatus.Open, new TicketEvent(TicketAction.DeadlineChanged, actor.UserId, actor.Username, Now(), note), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens an accepted or rejected ticket again (the fix did not land, or new evidence), with a fresh deadline. The
    /// reporter, the provider's data stewards and administrators may.
    /// </summary>
    public async Task<Outcome<Ticket>> ReopenAsync(long id, string? note, TicketActor actor, CancellationToken ct = default)
    {
        var ticket = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (ticket is null)
        {
            return TicketNotFound(id);
        }
        if (ticket.Reporter.UserId != actor.UserId && !actor.MayHandle(ticket.ProviderId))
        {
            return Problem.Forbidden("只有提交人、提供方部门数据管理员和管理员可以重新打开纠错单",
                "Only the reporter, the providing department's data stewards and administrators may reopen a ticket");
        }
        if (ticket.Status == TicketStatus.Open)
        {
            return Problem.Conflict("纠错单尚未办结", "The ticket is still open");
        }
        var errors = new List<FieldError>();
        TicketRules.CheckText(errors, "note", note, required: false);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var now = Now();
        var reopened = ticket with
        {
            Status = TicketStatus.Open, FixedInVersion = null, RejectionReason = null, ClosedAt = null,
            Deadline = _calendar.Deadline(now, Math.Max(1, options.DeadlineWorkingDays)),
        };
        return await SaveAsync(reopened, ticket.Status, new TicketEvent(TicketAction.Reopened, actor.UserId, actor.Username, now, note), ct).ConfigureAwait(false);
    }

    /// <summary>The ticket when it exists, is open and the caller may handle it; else the problem.</summary>
    private async Task<(Ticket? Ticket, Problem? Problem)> OpenForAsync(long id, TicketActor actor, CancellationToken ct)
    {
        var ticket = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (ticket is null)
        {
            return (null, TicketNotFound(id));
        }
        if (!actor.MayHandle(ticket.ProviderId))
        {
            return (null, Problem.Forbidden("只有提供方部门的数据管理员（需 data:write 权限）或管理员可以处理该纠错单",
                "Only the providing department's data stewards (with data:write) or administrators may handle this ticket"));
        }
        return ticket.Status == TicketStatus.Open
            ? (ticket, null)
            : (null, Problem.Conflict("纠错单已办结，不能再处理；如需处理请先重新打开", "The ticket is closed; reopen it first"));
    }

    private async Task CheckFixVersionAsync(Ticket ticket, int? version, List<FieldError> errors, CancellationToken ct)
    {
        if (version is null or < 1)
        {
            errors.Add(FieldError.Of("fixedInVersion", "required", "请给出包含更正的数据版本号", "Give the data version that carries the fix"));
        }
        else if (version < ticket.SeenVersion)
        {
            errors.Add(FieldError.Of("fixedInVersion", "version_too_old", $"更正版本不能早于提交人看到的第 {ticket.SeenVersion} 版",
                $"The fix cannot be in a version before version {ticket.SeenVersion}, which the reporter saw"));
        }
        else if (await datasets.FindVersionAsync(ticket.ResourceCode, null, ct).ConfigureAwait(false) is not null &&
            await datasets.FindVersionAsync(ticket.ResourceCode, version, ct).ConfigureAwait(false) is null)
        {
            errors.Add(FieldError.Of("fixedInVersion", "version_unknown", $"该信息资源没有第 {version} 版数据，请先加载更正后的数据",
                $"The resource has no data version {version}; load the corrected data first"));
        }
    }

    private async Task<Outcome<Ticket>> SaveAsync(Ticket changed, TicketStatus expected, TicketEvent change, CancellationToken ct) =>
        await store.UpdateAsync(changed, expected, change, ct).ConfigureAwait(false)
            ? changed
            : Problem.Conflict("纠错单已被他人处理，请刷新后重试", "The ticket was changed meanwhile; reload and try again");

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset t) => t.AddTicks(-(t.Ticks % TimeSpan.TicksPerSecond));
}
