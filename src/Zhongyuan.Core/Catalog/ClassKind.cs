using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>The top level (类) of the resource classification in the 2017 编制指南.</summary>
public enum ClassKind
{
    /// <summary>基础信息资源: class code 1.</summary>
    [Label("基础信息资源", "Basic")] Basic = 1,

    /// <summary>主题信息资源: class code 2.</summary>
    [Label("主题信息资源", "Thematic")] Thematic = 2,

    /// <summary>部门信息资源: class code 3.</summary>
    [Label("部门信息资源", "Departmental")] Departmental = 3,
}
