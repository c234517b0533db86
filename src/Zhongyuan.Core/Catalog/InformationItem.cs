namespace Zhongyuan.Catalog;

/// <summary>信息项: one field of a resource.</summary>
/// <param name="Name">The item name users see, e.g. 公民身份号码.</param>
/// <param name="DataType">The value type.</param>
/// <param name="Length">Maximum length in characters (text) or digits (numbers); null when not applicable.</param>
/// <param name="DataElement">Optional reference to a data-element standard (数据元), e.g. <c>DE00001</c>.</param>
/// <param name="ShareType">The share type of this item; may be stricter than the resource's.</param>
/// <param name="Sensitivity">Whether the item is personal or otherwise sensitive.</param>
/// <param name="Masking">How the item is masked unless a grant allows the raw value.</param>
/// <param name="IsKey">Whether the item is (part of) the resource's key.</param>
/// <param name="Rules">
/// Standardisation and validation rules (治理规则) from <see cref="Governance.RuleLibrary"/>, run on every load after
/// type conversion, in addition to those of the item's <see cref="DataElement"/> standard.
/// </param>
public sealed record InformationItem(
    string Name,
    ItemDataType DataType,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(WholeNumberConverter))] int? Length = null,
    string? DataElement = null,
    ShareType ShareType = ShareType.Unconditional,
    Sensitivity Sensitivity = Sensitivity.None,
    MaskingRule Masking = MaskingRule.None,
    bool IsKey = false,
    IReadOnlyList<Governance.ItemRule>? Rules = null);
