using Zhongyuan.Localization;

namespace Zhongyuan.Identifiers;

/// <summary>What a valid unified social credit code says about its holder (see <see cref="UnifiedSocialCreditCode.TryDecode"/>).</summary>
/// <param name="Authority">The registration authority (1st character).</param>
/// <param name="AuthorityName">The authority's name, e.g. 民政.</param>
/// <param name="OrganizationTypeCode">The first two characters, e.g. <c>91</c>.</param>
/// <param name="OrganizationTypeName">The organisation type (机构类别), e.g. 企业.</param>
/// <param name="RegionCode">The GB/T 2260 code of the registering authority's region (characters 3–8).</param>
/// <param name="OrganizationCode">The 9-character organisation code (GB 11714, characters 9–17).</param>
public sealed record CreditCodeInfo(
    RegistrationAuthority Authority,
    LocalizedText AuthorityName,
    string OrganizationTypeCode,
    LocalizedText OrganizationTypeName,
    int RegionCode,
    string OrganizationCode);
