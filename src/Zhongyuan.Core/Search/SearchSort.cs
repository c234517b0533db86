using Zhongyuan.Localization;

namespace Zhongyuan.Search;

/// <summary>The order of catalog search results.</summary>
public enum SearchSort
{
    /// <summary>Best match first; with no search text, the same as <see cref="Date"/>.</summary>
    [Label("相关度", "Relevance")] Relevance,

    /// <summary>Most recently changed first (<see cref="Catalog.Resource.UpdatedAt"/>).</summary>
    [Label("更新时间", "Last updated")] Date,

    /// <summary>By name in Chinese (pinyin) collation order, then by code.</summary>
    [Label("名称", "Name")] Name,
}
