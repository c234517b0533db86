using System.Collections.Frozen;
using Zhongyuan.Localization;

namespace Zhongyuan.Identifiers;

public static partial class UnifiedSocialCreditCode
{
    private const string AuthorityCharacters = "12345678" + "9ANY";

    // 机构类别 per registration authority (GB 32100-2015 Appendix A and later notices of 国家标准委).
    private static readonly FrozenDictionary<string, (string Code, LocalizedText Name)> _types = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["11"] = new("机关", "Government agency"),
        ["12"] = new("事业单位", "Public institution"),
        ["13"] = new("中央编办直接管理机构编制的群众团体", "Mass organisation under the central establishment office"),
        ["19"] = new("其他", "Other"),
        ["21"] = new("外国常驻新闻机构", "Resident foreign news agency"),
        ["29"] = new("其他", "Other"),
        ["31"] = new("律师执业机构", "Law firm"),
        ["32"] = new("公证处", "Notary office"),
        ["33"] = new("基层法律服务所", "Grassroots legal service office"),
        ["34"] = new("司法鉴定机构", "Forensic appraisal institution"),
        ["35"] = new("仲裁委员会", "Arbitration commission"),
        ["39"] = new("其他", "Other"),
        ["41"] = new("外国在华文化中心", "Foreign cultural centre in China"),
        ["49"] = new("其他", "Other"),
        ["51"] = new("社会团体", "Social organisation"),
        ["52"] = new("民办非企业单位", "Private non-enterprise unit"),
        ["53"] = new("基金会", "Foundation"),
        ["59"] = new("其他", "Other"),
        ["61"] = new("外国旅游部门常驻代表机构", "Representative office of a foreign tourism authority"),
        ["62"] = new("港澳台地区旅游部门常驻内地（大陆）代表机构", "Representative office of a Hong Kong, Macao or Taiwan tourism authority"),
        ["69"] = new("其他", "Other"),
        ["71"] = new("宗教活动场所", "Place of religious activity"),
        ["72"] = new("宗教院校", "Religious school"),
        ["79"] = new("其他", "Other"),
        ["81"] = new("基层工会", "Grassroots trade union"),
        ["89"] = new("其他", "Other"),
        ["91"] = new("企业", "Enterprise"),
        ["92"] = new("个体工商户", "Individual business"),
        ["93"] = new("农民专业合作社", "Farmers' specialised cooperative"),
        ["A1"] = new("军队事业单位", "Military public institution"),
        ["A9"] = new("其他", "Other"),
        ["N1"] = new("组级集体经济组织", "Group-level collective economic organisation"),
        ["N2"] = new("村级集体经济组织", "Village-level collective economic organisation"),
        ["N3"] = new("乡镇级集体经济组织", "Township-level collective economic organisation"),
        ["N9"] = new("其他", "Other"),
        ["Y1"] = new("其他", "Other"),
    }.ToFrozenDictionary(p => p.Key, p => (p.Key, p.Value), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Code, LocalizedText Name)>.AlternateLookup<ReadOnlySpan<char>> _typesBySpan =
        _types.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The character of a registration authority (<c>1</c>–<c>9</c>, <c>A</c>, <c>N</c>, <c>Y</c>).</summary>
    public static char CharacterOf(RegistrationAuthority authority) => AuthorityCharacters[(int)authority];

    /// <summary>
    /// Decodes a code that passes <see cref="CheckFast"/> and whose first two characters are a known
    /// authority and organisation type (e.g. <c>91</c> 市场监管/企业, <c>52</c> 民政/民办非企业单位).
    /// False for an invalid code or an unknown authority/type pair (<c>94</c>, <c>B1</c>). The region
    /// code is not checked against <see cref="NationalRegions"/>.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<char> code, out CreditCodeInfo info)
    {
        info = null!;
        var authorityIndex = code.IsEmpty ? -1 : AuthorityCharacters.IndexOf(code[0], StringComparison.Ordinal);
        if (CheckFast(code) is not null || authorityIndex < 0 || !_typesBySpan.TryGetValue(code[..2], out var type))
        {
            return false;
        }

        var authority = (RegistrationAuthority)authorityIndex;
        info = new CreditCodeInfo(
            authority, Labels.Of(authority), type.Code, type.Name,
            int.Parse(code.Slice(2, 6), provider: System.Globalization.CultureInfo.InvariantCulture),
            new string(code.Slice(OrganizationCodeStart, OrganizationCode.Length)));
        return true;
    }
}
