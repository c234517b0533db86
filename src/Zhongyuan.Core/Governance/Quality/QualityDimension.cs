using Zhongyuan.Localization;

namespace Zhongyuan.Governance.Quality;

/// <summary>The dimensions of data quality (数据质量) a version is scored on.</summary>
public enum QualityDimension
{
    /// <summary>完整性: the share of filled cells.</summary>
    [Label("完整性", "Completeness")] Completeness,

    /// <summary>有效性: the share of rows that pass the item validators (rejected rows count against it).</summary>
    [Label("有效性", "Validity")] Validity,

    /// <summary>唯一性: the share of rows whose key does not repeat an earlier row's.</summary>
    [Label("唯一性", "Uniqueness")] Uniqueness,

    /// <summary>一致性: the share of rows that pass the cross-field and cross-resource rules.</summary>
    [Label("一致性", "Consistency")] Consistency,

    /// <summary>及时性: how fresh the version is against the resource's update cycle.</summary>
    [Label("及时性", "Timeliness")] Timeliness,
}
