using Zhongyuan.Ingest;

namespace Zhongyuan.Server.Api;

/// <summary>A load job as the API shows it, with its progress, rate and estimated time left.</summary>
/// <param name="Id">The job id.</param>
/// <param name="ResourceCode">The resource.</param>
/// <param name="State">queued, running, succeeded or failed.</param>
/// <param name="StateLabel">The state in the caller's language.</param>
/// <param name="Mode">full or incremental.</param>
/// <param name="Source">The file name or URL.</param>
/// <param name="BytesTotal">Size of the source.</param>
/// <param name="BytesRead">Bytes read so far.</param>
/// <param name="RowsRead">Rows read so far.</param>
/// <param name="RowsRejected">Rows rejected so far.</param>
/// <param name="Progress">0–1, from the bytes read.</param>
/// <param name="BytesPerSecond">Read rate since the job started.</param>
/// <param name="EtaSeconds">Estimated seconds left, while running.</param>
/// <param name="Version">The version produced.</param>
/// <param name="Error">Why it failed, in the caller's language.</param>
/// <param name="Report">Column binding and reject summary.</param>
/// <param name="CreatedBy">Who started it.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it ended.</param>
public sealed record JobBody(
    string Id, string ResourceCode, string State, string StateLabel, string Mode, string Source, long? BytesTotal, long BytesRead,
    long RowsRead, long RowsRejected, double Progress, double? BytesPerSecond, double? EtaSeconds, int? Version, string? Error,
    LoadReport? Report, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt)
{
    internal static JobBody From(LoadJob j, bool english, DateTimeOffset now)
    {
        var progress = j.State == LoadState.Succeeded ? 1.0 : j.BytesTotal is > 0 ? Math.Min(1.0, (double)j.BytesRead / j.BytesTotal.Value) : 0.0;
        var elapsed = ((j.FinishedAt ?? now) - (j.StartedAt ?? now)).TotalSeconds;
        double? rate = elapsed > 0 && j.BytesRead > 0 ? j.BytesRead / elapsed : null;
        double? eta = j.State == LoadState.Running && rate is > 0 && j.BytesTotal is { } total ? Math.Max(0, (total - j.BytesRead) / rate.Value) : null;
        return new JobBody(j.Id, j.ResourceCode, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(j.State.ToString()),
            Localization.Labels.Of(j.State).In(english), System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(j.Mode.ToString()),
            j.Source, j.BytesTotal, j.BytesRead, j.RowsRead, j.RowsRejected, progress, rate, eta, j.Version, j.Error?.In(english), j.Report,
            j.CreatedBy, j.CreatedAt, j.StartedAt, j.FinishedAt);
    }
}
