namespace Zhongyuan.Audit;

/// <summary>The result of verifying the audit chain.</summary>
/// <param name="Ok">True when no break was found.</param>
/// <param name="EventsChecked">Events read and checked (up to the break).</param>
/// <param name="CheckpointsChecked">Checkpoint signatures checked.</param>
/// <param name="FirstSeq">The first stored event's seq (after retention pruning, the anchor's seq + 1); null when empty.</param>
/// <param name="LastSeq">The last event checked.</param>
/// <param name="AnchorSeq">The checkpoint the chain starts from after pruning; null when it starts at seq 1.</param>
/// <param name="Break">The first break, or null.</param>
public sealed record AuditVerification(
    bool Ok, long EventsChecked, long CheckpointsChecked, long? FirstSeq, long? LastSeq, long? AnchorSeq, AuditBreak? Break);
