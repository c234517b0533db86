using Zhongyuan.Localization;

namespace Zhongyuan.Community;

/// <summary>What a showcase entry (成果展示) is.</summary>
public enum ShowcaseKind
{
    /// <summary>An application or service built on the data.</summary>
    [Label("应用", "App")] App,

    /// <summary>A data analysis or report.</summary>
    [Label("数据分析", "Analysis")] Analysis,

    /// <summary>A visualisation or map.</summary>
    [Label("可视化", "Visualisation")] Visualisation,

    /// <summary>A research paper or study.</summary>
    [Label("研究成果", "Research")] Research,
}
