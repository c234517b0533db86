namespace Zhongyuan.Search;

/// <summary>The facet names of the catalog index, as keys of <see cref="SearchResults.Facets"/>.</summary>
public static class CatalogFacets
{
    /// <summary>The providing department; values are department ids, labels their names.</summary>
    public const string Provider = "provider";

    /// <summary>The GB/T 2260 region code the data covers.</summary>
    public const string Region = "region";

    /// <summary>The class and item of the classification: its first three digits, e.g. <c>101</c> (人口).</summary>
    public const string Classification = "classification";

    /// <summary>The class alone: <c>1</c> 基础, <c>2</c> 主题, <c>3</c> 部门.</summary>
    public const string Class = "class";

    /// <summary>共享类型, camelCase member names of <see cref="Catalog.ShareType"/>.</summary>
    public const string ShareType = "shareType";

    /// <summary>开放类型, camelCase member names of <see cref="Catalog.OpenType"/>.</summary>
    public const string OpenType = "openType";

    /// <summary>信息资源格式, camelCase member names of <see cref="Catalog.ResourceFormat"/>.</summary>
    public const string Format = "format";

    /// <summary>Open-data themes; a resource may have several.</summary>
    public const string Theme = "theme";

    /// <summary>更新周期, camelCase member names of <see cref="Catalog.UpdateCycle"/>.</summary>
    public const string UpdateCycle = "updateCycle";

    /// <summary>数据分级, camelCase member names of <see cref="Catalog.DataGrade"/>.</summary>
    public const string Grade = "grade";

    /// <summary>The lifecycle status, camelCase member names of <see cref="Catalog.ResourceStatus"/>.</summary>
    public const string Status = "status";
}
