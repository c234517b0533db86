using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>The lifecycle of a catalog entry: draft → submitted → published → retired.</summary>
public enum ResourceStatus
{
    /// <summary>Being written by the provider; visible only to signed-in callers.</summary>
    [Label("草稿", "Draft")] Draft,

    /// <summary>Submitted for publication review.</summary>
    [Label("已提交", "Submitted")] Submitted,

    /// <summary>Published in the catalog; readable by anyone.</summary>
    [Label("已发布", "Published")] Published,

    /// <summary>Withdrawn from use; its metadata stays readable.</summary>
    [Label("已停用", "Retired")] Retired,
}
