using System.Collections.Frozen;
using Zhongyuan.Localization;

namespace Zhongyuan.Governance;

/// <summary>The failure codes of the quality assessment's own checks (besides the validators' codes of <see cref="RuleLibrary"/>).</summary>
public static class QualityCodes
{
    /// <summary>The birth date differs from the one in the ID number.</summary>
    public const string IdBirthDate = "id_agrees.birth_date";

    /// <summary>The sex differs from the one the ID number encodes.</summary>
    public const string IdSex = "id_agrees.sex";

    /// <summary>The end date is before the start date.</summary>
    public const string DateOrder = "date_order.invalid";

    /// <summary>The region code and the address name different regions.</summary>
    public const string RegionAddress = "region_agrees.invalid";

    /// <summary>The value does not exist in the other resource.</summary>
    public const string ExistsIn = "exists_in.missing";

    /// <summary>The key repeats the key of an earlier row.</summary>
    public const string KeyDuplicate = "key.duplicate";

    private static readonly FrozenDictionary<string, LocalizedText> Messages = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        [IdBirthDate] = new("出生日期与公民身份号码不一致", "The birth date differs from the one in the ID number"),
        [IdSex] = new("性别与公民身份号码不一致", "The sex differs from the one the ID number encodes"),
        [DateOrder] = new("结束日期早于开始日期", "The end date is before the start date"),
        [RegionAddress] = new("行政区划代码与地址不一致", "The region code and the address name different regions"),
        [ExistsIn] = new("在被比对的资源中不存在", "Not found in the resource it is compared with"),
        [KeyDuplicate] = new("主键重复", "The key repeats an earlier row's key"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The message of a failure code, from this class or <see cref="RuleLibrary"/>; the code itself when unknown.</summary>
    public static LocalizedText Message(string code) =>
        Messages.TryGetValue(code, out var text) ? text : RuleLibrary.Message(code) ?? new LocalizedText(code, code);
}
