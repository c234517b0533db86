using Zhongyuan.Localization;

namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>What a delivered version carries.</summary>
public enum ChangeSetKind
{
    /// <summary>The rows an incremental load inserted, updated or deleted.</summary>
    [Label("变更集", "Changes")] Changes,

    /// <summary>Every row of the version (a full load, or the first delivery): the subscriber replaces its copy.</summary>
    [Label("全量快照", "Snapshot")] Snapshot,
}
