using Zhongyuan.Audit;

namespace Zhongyuan.Server.Api;

/// <summary>The answer of <c>POST /api/v1/audit/verify</c>.</summary>
/// <param name="Ok">True when the chain is intact.</param>
/// <param name="EventsChecked">Events checked (up to the break).</param>
/// <param name="CheckpointsChecked">Checkpoint signatures checked.</param>
/// <param name="FirstSeq">The first stored event.</param>
/// <param name="LastSeq">The last event checked.</param>
/// <param name="AnchorSeq">The checkpoint the chain starts from after retention pruning.</param>
/// <param name="Break">The first break, or null.</param>
internal sealed record AuditVerificationBody(
    bool Ok, long EventsChecked, long CheckpointsChecked, long? FirstSeq, long? LastSeq, long? AnchorSeq, AuditBreakBody? Break)
{
    public static AuditVerificationBody From(AuditVerification v, bool english) => new(
        v.Ok, v.EventsChecked, v.CheckpointsChecked, v.FirstSeq, v.LastSeq, v.AnchorSeq,
        v.Break is { } b ? new AuditBreakBody(b.Kind.ToString().ToLowerInvariant(), b.Seq, b.Position, b.Message.In(english)) : null);
}

/// <summary>Where the chain broke.</summary>
/// <param name="Kind"><c>altered</c>, <c>removed</c>, <c>reordered</c> or <c>badcheckpoint</c>.</param>
/// <param name="Seq">The seq of the first altered, removed or moved event (or of the bad checkpoint).</param>
/// <param name="Position">The 0-based position among the stored events.</param>
/// <param name="Message">The sentence in the caller's language.</param>
internal sealed record AuditBreakBody(string Kind, long Seq, long Position, string Message);
