using Zhongyuan.Localization;

namespace Zhongyuan.Community;

/// <summary>Where a data request (数据需求) stands; every status but <see cref="Open"/> is an answer.</summary>
public enum DataRequestStatus
{
    /// <summary>Waiting for the department's answer.</summary>
    [Label("待答复", "Open")] Open,

    /// <summary>Answered (for example: the data is already open elsewhere, or how to get it).</summary>
    [Label("已答复", "Answered")] Answered,

    /// <summary>The department will open the data.</summary>
    [Label("计划开放", "Will open")] WillOpen,

    /// <summary>Refused; the answer gives the reason.</summary>
    [Label("不予开放", "Refused")] Refused,
}
