using Zhongyuan.Localization;

namespace Zhongyuan.Audit;

/// <summary>The first place where the chain is broken.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Seq">The seq of the first altered, removed or moved event (or of the bad checkpoint).</param>
/// <param name="Position">The 0-based position among the stored events (in seq order) where it was found.</param>
/// <param name="Message">A sentence for people, Chinese and English.</param>
public sealed record AuditBreak(AuditBreakKind Kind, long Seq, long Position, LocalizedText Message);
