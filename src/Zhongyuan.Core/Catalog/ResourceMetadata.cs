namespace Zhongyuan.Catalog;

/// <summary>
/// The fields of a catalog entry (政务信息资源目录) that its provider edits. The code, provider,
/// status and version are kept by the platform on <see cref="Resource"/>.
/// </summary>
public sealed record ResourceMetadata
{
    /// <summary>信息资源分类 as a nine-digit code; fixed once the resource exists, since the code embeds it.</summary>
    public required string Classification { get; init; }

    /// <summary>信息资源名称: unique within the provider, not the name of the system that holds it.</summary>
    public required string Name { get; init; }

    /// <summary>信息资源摘要.</summary>
    public required string Abstract { get; init; }

    /// <summary>信息资源格式.</summary>
    public ResourceFormat Format { get; init; } = ResourceFormat.Database;

    /// <summary>信息项, at least one.</summary>
    public IReadOnlyList<InformationItem> Items { get; init; } = [];

    /// <summary>共享类型.</summary>
    public ShareType ShareType { get; init; } = ShareType.Unconditional;

    /// <summary>共享条件, required for 有条件共享.</summary>
    public string? ShareConditions { get; init; }

    /// <summary>The legal or policy basis, required for 不予共享.</summary>
    public string? ShareBasis { get; init; }

    /// <summary>共享方式.</summary>
    public IReadOnlyList<ShareMethod> ShareMethods { get; init; } = [ShareMethod.Api];

    /// <summary>开放类型.</summary>
    public OpenType OpenType { get; init; } = OpenType.NotOpen;

    /// <summary>开放条件, required for 有条件开放.</summary>
    public string? OpenConditions { get; init; }

    /// <summary>更新周期.</summary>
    public UpdateCycle UpdateCycle { get; init; } = UpdateCycle.Irregular;

    /// <summary>关联资源代码.</summary>
    public IReadOnlyList<string> RelatedCodes { get; init; } = [];

    /// <summary>数据分级.</summary>
    public DataGrade Grade { get; init; } = DataGrade.General;

    /// <summary>Free keywords.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Open-data themes from <see cref="OpenDataThemes"/>.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The GB/T 2260 code of the region the data covers.</summary>
    public required string RegionCode { get; init; }

    /// <summary>Cross-field and cross-resource consistency rules (交叉校验、关联比对), run by the quality assessment of every version.</summary>
    public IReadOnlyList<Governance.CrossRule> QualityRules { get; init; } = [];
}
