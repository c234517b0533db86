using Zhongyuan.Localization;

namespace Zhongyuan.Ingest;

/// <summary>The state of a load job.</summary>
public enum LoadState
{
    /// <summary>Waiting for a worker.</summary>
    [Label("排队中", "Queued")] Queued,

    /// <summary>Being loaded.</summary>
    [Label("加载中", "Running")] Running,

    /// <summary>Loaded: a new version is current.</summary>
    [Label("已完成", "Succeeded")] Succeeded,

    /// <summary>Failed: the previous version stays current.</summary>
    [Label("失败", "Failed")] Failed,
}
