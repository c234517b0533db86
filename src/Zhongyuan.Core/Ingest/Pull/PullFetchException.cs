using Zhongyuan.Localization;

namespace Zhongyuan.Ingest.Pull;

/// <summary>A pull source could not be fetched; the reason (without secrets) becomes the failed job's error.</summary>
public sealed class PullFetchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PullFetchException(string zh, string en, Exception? inner = null)
        : base(en, inner) => Reason = new LocalizedText(zh, en);

    /// <summary>The reason in Chinese and English.</summary>
    public LocalizedText Reason { get; }
}
