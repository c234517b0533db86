using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>数据分级 (GB/T 43697-2024). When in doubt, grade higher.</summary>
public enum DataGrade
{
    /// <summary>一般数据.</summary>
    [Label("一般数据", "General")] General,

    /// <summary>重要数据.</summary>
    [Label("重要数据", "Important")] Important,

    /// <summary>核心数据: never opened to the public.</summary>
    [Label("核心数据", "Core")] Core,
}
