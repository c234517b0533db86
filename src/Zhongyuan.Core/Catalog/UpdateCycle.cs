using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>更新周期: how often the provider updates the resource.</summary>
public enum UpdateCycle
{
    /// <summary>Updated as events happen.</summary>
    [Label("实时", "Real time")] RealTime,

    /// <summary>Daily.</summary>
    [Label("每日", "Daily")] Daily,

    /// <summary>Weekly.</summary>
    [Label("每周", "Weekly")] Weekly,

    /// <summary>Monthly.</summary>
    [Label("每月", "Monthly")] Monthly,

    /// <summary>Quarterly.</summary>
    [Label("每季度", "Quarterly")] Quarterly,

    /// <summary>Twice a year.</summary>
    [Label("每半年", "Half-yearly")] HalfYearly,

    /// <summary>Yearly.</summary>
    [Label("每年", "Yearly")] Yearly,

    /// <summary>Irregularly.</summary>
    [Label("不定期", "Irregular")] Irregular,
}
