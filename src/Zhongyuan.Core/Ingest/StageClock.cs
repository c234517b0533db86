using System.Diagnostics;

namespace Zhongyuan.Ingest;

/// <summary>
/// Times the stages of a load one after another and reports each to <see cref="LoadRequest.StageTimings"/>;
/// does nothing when nobody listens.
/// </summary>
internal sealed class StageClock(Action<string, TimeSpan>? report)
{
    private long _started = Stopwatch.GetTimestamp();

    /// <summary>Ends the stage that ran since the previous lap (or since the clock was made) and starts the next.</summary>
    public void Lap(string stage)
    {
        if (report is null)
        {
            return;
        }
        var now = Stopwatch.GetTimestamp();
        report(stage, Stopwatch.GetElapsedTime(_started, now));
        _started = now;
    }
}
