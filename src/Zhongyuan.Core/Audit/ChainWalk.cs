using Zhongyuan.Crypto;

namespace Zhongyuan.Audit;

/// <summary>
/// The in-order part of verification: seq continuity, links (stored prev_hash = the previous event's hash, or the
/// anchor's), content (hashed in parallel beforehand) and checkpoints, stopping at the first break.
/// </summary>
internal sealed class ChainWalk(List<AuditVerifier.Checkpoint> checkpoints, DateTimeOffset youngestAnchor)
{
    private readonly Dictionary<long, AuditVerifier.Checkpoint> _bySeq = checkpoints.ToDictionary(c => c.Seq);
    private readonly byte[] _prev = new byte[Sm3.HashSize];
    private long _expected;
    private long _lastCheckpoint;

    public AuditBreak? Break { get; private set; }
    public bool Stopped => Break is not null;
    public long Events { get; private set; }
    public long? FirstSeq { get; private set; }
    public long? LastSeq { get; private set; }
    public long? AnchorSeq { get; private set; }

    /// <summary>The position an event of <paramref name="seq"/> has (or would have) among the stored events.</summary>
    public long PositionOf(long seq) => FirstSeq is { } first ? Math.Max(0, seq - first) : 0;

    public void Check(VerifyBatch batch)
    {
        for (var i = 0; i < batch.Count && Break is null; i++)
        {
            CheckRow(batch, i);
        }
    }

    public void Finish()
    {
        if (Break is not null)
        {
            return;
        }
        var last = LastSeq ?? AnchorSeq ?? 0;
        var beyond = checkpoints.Where(c => c.Seq > last).Select(c => c.Seq).DefaultIfEmpty().Max();
        if (beyond > 0)
        {
            Stop(AuditBreakKind.Removed, last + 1, Events, Messages.TailRemoved(last + 1, beyond));
        }
    }

    private void CheckRow(VerifyBatch batch, int i)
    {
        var seq = batch.Seq[i];
        if (Events == 0 && !Start(seq))
        {
            return;
        }
        if (seq != _expected)
        {
            Stop(seq > _expected ? AuditBreakKind.Removed : AuditBreakKind.Reordered, Math.Min(seq, _expected), Events,
                seq > _expected ? Messages.Gap(_expected, seq - 1) : Messages.Moved(seq));
            return;
        }
        if (!batch.PrevOf(i).SequenceEqual(_prev))
        {
            Stop(AuditBreakKind.Reordered, seq, Events, Messages.Moved(seq));
            return;
        }
        if (!batch.ContentOk[i])
        {
            Stop(AuditBreakKind.Altered, seq, Events, Messages.Altered(seq));
            return;
        }
        if (_bySeq.TryGetValue(seq, out var checkpoint))
        {
            if (!checkpoint.Hash.AsSpan().SequenceEqual(batch.HashOf(i)))
            {
                Stop(AuditBreakKind.Altered, _lastCheckpoint + 1, PositionOf(_lastCheckpoint + 1), Messages.Rewritten(_lastCheckpoint + 1, seq));
                return;
            }
            _lastCheckpoint = seq;
        }
        batch.HashOf(i).CopyTo(_prev);
        _expected++;
        Events++;
        LastSeq = seq;
    }

    /// <summary>Sets where the chain starts: seq 1 after 32 zero bytes, or a checkpoint anchor left by pruning.</summary>
    private bool Start(long first)
    {
        FirstSeq = first;
        _expected = first;
        if (first == 1)
        {
            return true;
        }
        if (!_bySeq.TryGetValue(first - 1, out var anchor))
        {
            var from = checkpoints.Where(c => c.Seq < first).Select(c => c.Seq).DefaultIfEmpty().Max() + 1;
            Stop(AuditBreakKind.Removed, from, 0, Messages.Gap(from, first - 1));
            return false;
        }
        if (AuditCanonical.FromMicroseconds(anchor.At) > youngestAnchor)
        {
            Stop(AuditBreakKind.Removed, 1, 0, Messages.PrunedEarly(anchor.Seq));
            return false;
        }
        AnchorSeq = anchor.Seq;
        _lastCheckpoint = anchor.Seq;
        anchor.Hash.CopyTo(_prev, 0);
        return true;
    }

    private void Stop(AuditBreakKind kind, long seq, long position, Localization.LocalizedText message) =>
        Break = new AuditBreak(kind, seq, position, message);
}
