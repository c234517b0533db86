using Zhongyuan.Localization;

namespace Zhongyuan.Ingest;

/// <summary>How a load relates to the previous version.</summary>
public enum LoadMode
{
    /// <summary>全量: the new version replaces the previous one.</summary>
    [Label("全量", "Full")] Full,

    /// <summary>增量: rows are inserted, updated or deleted by the key items; a change set is kept.</summary>
    [Label("增量", "Incremental")] Incremental,
}
