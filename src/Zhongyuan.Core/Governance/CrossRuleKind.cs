using Zhongyuan.Localization;

namespace Zhongyuan.Governance;

/// <summary>The kinds of rule that compare several items of a row, or a row with another resource.</summary>
public enum CrossRuleKind
{
    /// <summary>Birth date and sex agree with the resident ID number (<see cref="CrossRule.IdItem"/>, <see cref="CrossRule.BirthDateItem"/>, <see cref="CrossRule.SexItem"/>).</summary>
    [Label("身份证号与出生日期、性别一致", "ID number agrees with birth date and sex")] IdAgrees,

    /// <summary>The end date is not before the start date (<see cref="CrossRule.StartItem"/>, <see cref="CrossRule.EndItem"/>).</summary>
    [Label("结束日期不早于开始日期", "End date not before start date")] DateOrder,

    /// <summary>The region code agrees with the region the address names (<see cref="CrossRule.RegionItem"/>, <see cref="CrossRule.AddressItem"/>).</summary>
    [Label("行政区划代码与地址一致", "Region code agrees with the address")] RegionAgreesWithAddress,

    /// <summary>
    /// The value of <see cref="CrossRule.KeyItem"/> exists in item <see cref="CrossRule.TargetItem"/> of the current version of
    /// resource <see cref="CrossRule.Resource"/> (a join in DuckDB).
    /// </summary>
    [Label("在其他资源中存在", "Exists in another resource")] ExistsIn,
}
