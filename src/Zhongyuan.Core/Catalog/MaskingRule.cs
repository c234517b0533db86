using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>脱敏规则 (GB/T 37964-2019): how an item is shown unless a grant allows the raw value.</summary>
public enum MaskingRule
{
    /// <summary>Shown as is.</summary>
    [Label("不脱敏", "None")] None,

    /// <summary>First 6 and last 4 characters kept.</summary>
    [Label("身份证号", "ID number")] IdNumber,

    /// <summary>Surname kept.</summary>
    [Label("姓名", "Name")] Name,

    /// <summary>First 3 and last 4 digits kept.</summary>
    [Label("手机号码", "Phone")] Phone,

    /// <summary>Kept down to the county or district.</summary>
    [Label("地址", "Address")] Address,

    /// <summary>Last 4 digits kept.</summary>
    [Label("银行卡号", "Bank card")] BankCard,

    /// <summary>Replaced by a keyed pseudonym, stable per grant.</summary>
    [Label("假名化", "Pseudonym")] Pseudonym,

    /// <summary>Removed entirely.</summary>
    [Label("隐藏", "Redact")] Redact,
}
