using Zhongyuan.Localization;

namespace Zhongyuan.Ingest;

/// <summary>A load that cannot produce a version, with the reason users read. The previous version stays current.</summary>
public sealed class LoadFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LoadFailedException(LocalizedText reason, LoadReport? report = null, Exception? inner = null)
        : base(reason.En, inner)
    {
        Reason = reason;
        Report = report;
    }

    /// <summary>Creates the exception from Chinese and English text.</summary>
    public LoadFailedException(string zh, string en) : this(new LocalizedText(zh, en))
    {
    }

    /// <summary>The reason in Chinese and English.</summary>
    public LocalizedText Reason { get; }

    /// <summary>What was found before failing (e.g. the reject report), when anything.</summary>
    public LoadReport? Report { get; }
}
