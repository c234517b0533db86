using System.Collections.Frozen;
using Zhongyuan.Catalog;
using static Zhongyuan.Governance.RuleLibrary;

namespace Zhongyuan.Governance;

/// <summary>
/// The platform's data-element standards (数据元), following the common elements of the national population,
/// legal-person and credit basic databases. Codes are the platform's own (<c>DE</c> + five digits); the demo catalog uses them.
/// A standard's validators flag rows (warnings): a provider's data is loaded and its defects are counted and sent back
/// for correction. A resource that must not hold a bad value makes the rule an error with an item rule of its own
/// (<c>{"rule": "id_number", "severity": "error"}</c>), which replaces the standard's.
/// </summary>
public static class DataElementStandards
{
    private static readonly ItemRule[] IdRules = [new(IdNormalize), new(IdNumber, RuleSeverity.Warning), new(IdRegionYear, RuleSeverity.Warning)];
    private static readonly ItemRule[] NameRules = [new(Invisible), new(Whitespace)];
    private static readonly ItemRule[] AddressRules = [new(FullWidth), new(Invisible), new(Whitespace)];

    private static readonly FrozenDictionary<string, DataElement> Elements = new DataElement[]
    {
        new("DE00001", "公民身份号码", ItemDataType.Text, IdRules),
        new("DE00002", "姓名", ItemDataType.Text, NameRules),
        new("DE00003", "性别", ItemDataType.Text, []),
        new("DE00004", "出生日期", ItemDataType.Date, []),
        new("DE00005", "民族", ItemDataType.Text, NameRules),
        new("DE00006", "手机号码", ItemDataType.Text, [new(MobileNormalize), new(Mobile, RuleSeverity.Warning)]),
        new("DE00007", "联系电话", ItemDataType.Text, [new(Invisible), new(Phone, RuleSeverity.Warning)]),
        new("DE00008", "住址", ItemDataType.Text, AddressRules),
        new("DE00009", "户籍地址", ItemDataType.Text, AddressRules),
        new("DE00010", "居住地址", ItemDataType.Text, AddressRules),
        new("DE00011", "银行卡号", ItemDataType.Text, [new(Invisible), new(BankCard, RuleSeverity.Warning)]),
        new("DE00012", "社会保障号码", ItemDataType.Text, IdRules),
        new("DE00021", "法定代表人姓名", ItemDataType.Text, NameRules),
        new("DE00030", "统一社会信用代码", ItemDataType.Text, [new(FullWidth), new(Whitespace), new(CreditCode, RuleSeverity.Warning)]),
        new("DE00031", "企业名称", ItemDataType.Text, AddressRules),
        new("DE00032", "单位名称", ItemDataType.Text, AddressRules),
        new("DE00034", "行政区划代码", ItemDataType.Text, [new(RegionNameToCode), new(RegionCode, RuleSeverity.Warning)]),
        new("DE00039", "邮政编码", ItemDataType.Text, [new(PostalCode, RuleSeverity.Warning)]),
        new("DE00042", "电子邮箱", ItemDataType.Text, [new(Whitespace), new(Email, RuleSeverity.Warning)]),
        new("DE00043", "组织机构代码", ItemDataType.Text, [new(FullWidth), new(OrganizationCode, RuleSeverity.Warning)]),
    }.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);

    /// <summary>Every standard, by code.</summary>
    public static IReadOnlyList<DataElement> All { get; } = [.. Elements.Values.OrderBy(e => e.Code, StringComparer.Ordinal)];

    /// <summary>The standard with a code, or null (an item may reference a standard the platform does not carry).</summary>
    public static DataElement? Find(string? code) => code is null ? null : Elements.GetValueOrDefault(code);
}
