using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Identifiers;

public sealed class UnifiedSocialCreditCodeGeneratedTests
{
    private static readonly List<string> _valid = IdentifierVectors.CreditCodes(3_000);

    [Fact]
    public void CheckFast_GeneratedCodes_AllValid() => AssertAll(_valid, code => code, null);

    [Fact]
    public void CheckFast_LengthOffByOne_Length()
    {
        AssertAll(_valid, code => code[..17], CreditCodeFailure.Length);
        AssertAll(_valid, code => code + "0", CreditCodeFailure.Length);
    }

    [Fact]
    public void CheckFast_Empty_Empty() => Assert.Equal(CreditCodeFailure.Empty, UnifiedSocialCreditCode.CheckFast(""));

    [Fact]
    public void CheckFast_CharacterOutsideCharset_Character()
    {
        var random = new Random(2);
        char[] bad = ['I', 'O', 'S', 'V', 'Z', 'a', '-', '１', '中'];
        AssertAll(_valid, code => Replace(code, random.Next(18), bad[random.Next(bad.Length)]), CreditCodeFailure.Character);
    }

    [Fact]
    public void CheckFast_LowerCase_Character()
    {
        var withLetter = _valid.Where(c => c.Any(char.IsAsciiLetterUpper)).ToList();
        AssertAll(withLetter, code => code.ToLowerInvariant(), CreditCodeFailure.Character);
    }

    [Fact]
    public void CheckFast_BrokenOrganizationCode_OrganizationCodeCheck()
    {
        // Change the organisation code's check character and recompute the final one: only the embedded check is wrong.
        AssertAll(_valid, code =>
        {
            var organizationCheck = code[16] == '0' ? '1' : '0';
            var first17 = code[..16] + organizationCheck;
            return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        }, CreditCodeFailure.OrganizationCodeCheck);
    }

    [Fact]
    public void CheckFast_OtherCheckCharacter_CheckCharacter()
    {
        var random = new Random(3);
        AssertAll(_valid, code =>
        {
            var right = UnifiedSocialCreditCode.Charset.IndexOf(code[17], StringComparison.Ordinal);
            return code[..17] + UnifiedSocialCreditCode.Charset[(right + 1 + random.Next(30)) % 31];
        }, CreditCodeFailure.CheckCharacter);
    }

    [Fact]
    public void CheckFast_AgreesWithValidate()
    {
        var random = new Random(4);
        foreach (var code in _valid.Take(1_000))
        {
            var mangled = Replace(code, random.Next(18), UnifiedSocialCreditCode.Charset[random.Next(31)]);
            Assert.Equal(UnifiedSocialCreditCode.Validate(mangled).Failure, UnifiedSocialCreditCode.CheckFast(mangled));
        }
    }

    [Theory]
    [InlineData("91350100M000100Y43", RegistrationAuthority.MarketRegulation, "91", "企业", "Enterprise", 350100, "M000100Y4")]
    [InlineData("914403001922038216", RegistrationAuthority.MarketRegulation, "91", "企业", "Enterprise", 440300, "192203821")]
    public void TryDecode_KnownCode_Parts(string code, RegistrationAuthority authority, string type, string typeZh, string typeEn, int region, string organization)
    {
        Assert.True(UnifiedSocialCreditCode.TryDecode(code, out var info));
        Assert.Equal(authority, info.Authority);
        Assert.Equal("工商（市场监管）", info.AuthorityName.Zh);
        Assert.Equal(type, info.OrganizationTypeCode);
        Assert.Equal(typeZh, info.OrganizationTypeName.Zh);
        Assert.Equal(typeEn, info.OrganizationTypeName.En);
        Assert.Equal(region, info.RegionCode);
        Assert.Equal(organization, info.OrganizationCode);
    }

    [Theory]
    [InlineData('1', '1', RegistrationAuthority.Establishment, "机关")]
    [InlineData('1', '2', RegistrationAuthority.Establishment, "事业单位")]
    [InlineData('1', '3', RegistrationAuthority.Establishment, "中央编办直接管理机构编制的群众团体")]
    [InlineData('5', '1', RegistrationAuthority.CivilAffairs, "社会团体")]
    [InlineData('5', '2', RegistrationAuthority.CivilAffairs, "民办非企业单位")]
    [InlineData('5', '3', RegistrationAuthority.CivilAffairs, "基金会")]
    [InlineData('9', '2', RegistrationAuthority.MarketRegulation, "个体工商户")]
    [InlineData('9', '3', RegistrationAuthority.MarketRegulation, "农民专业合作社")]
    [InlineData('3', '1', RegistrationAuthority.Justice, "律师执业机构")]
    [InlineData('A', '1', RegistrationAuthority.MilitaryEstablishment, "军队事业单位")]
    [InlineData('N', '2', RegistrationAuthority.Agriculture, "村级集体经济组织")]
    [InlineData('Y', '1', RegistrationAuthority.Other, "其他")]
    public void TryDecode_AuthorityAndType_Names(char authority, char type, RegistrationAuthority expected, string typeName)
    {
        var code = UnifiedSocialCreditCode.Create(authority, type, "410105", "MA9X2K7T");

        Assert.True(UnifiedSocialCreditCode.TryDecode(code, out var info));
        Assert.Equal(expected, info.Authority);
        Assert.Equal(typeName, info.OrganizationTypeName.Zh);
        Assert.Equal(410105, info.RegionCode);
        Assert.Equal(authority, UnifiedSocialCreditCode.CharacterOf(expected));
    }

    [Theory]
    [InlineData('9', '4')]
    [InlineData('B', '1')]
    [InlineData('5', '4')]
    public void TryDecode_UnknownTypeOrAuthority_False(char authority, char type) =>
        Assert.False(UnifiedSocialCreditCode.TryDecode(UnifiedSocialCreditCode.Create(authority, type, "410105", "MA9X2K7T"), out _));

    [Fact]
    public void TryDecode_InvalidCode_False() =>
        Assert.False(UnifiedSocialCreditCode.TryDecode("91350100M000100Y44", out _));

    [Fact]
    public void TryDecode_GeneratedCodes_AllDecode() =>
        Assert.All(_valid, code => Assert.True(UnifiedSocialCreditCode.TryDecode(code, out _), code));

    private static void AssertAll(IEnumerable<string> codes, Func<string, string> derive, CreditCodeFailure? expected)
    {
        var mismatches = codes.Select(code => (code, input: derive(code)))
            .Select(p => (p.code, p.input, got: UnifiedSocialCreditCode.CheckFast(p.input)))
            .Where(p => p.got != expected)
            .Select(p => $"{p.code} → {p.input}: expected {expected}, got {p.got}")
            .ToList();
        Assert.Empty(mismatches);
    }

    private static string Replace(string code, int index, char c) => string.Concat(code.AsSpan(0, index), [c], code.AsSpan(index + 1));
}
