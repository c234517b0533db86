using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Identifiers;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the example in GB 32100-2015
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("9144030071526726XG")] // 深圳市腾讯计算机系统有限公司
    [InlineData("91330100716105852F")] // 阿里巴巴（中国）有限公司
    [InlineData("91110108551385082Q")] // 小米科技有限责任公司
    public void Validate_KnownCode_IsValid(string code)
    {
        Assert.True(UnifiedSocialCreditCode.Validate(code).IsValid);
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
    }

    [Theory]
    [InlineData(null, nameof(CreditCodeFailure.Empty))]
    [InlineData("", nameof(CreditCodeFailure.Empty))]
    [InlineData("91350100M000100Y4", nameof(CreditCodeFailure.Length))]
    [InlineData("91350100M000100Y433", nameof(CreditCodeFailure.Length))]
    [InlineData("91350100m000100y43", nameof(CreditCodeFailure.Character))]
    [InlineData("91350100M000I00Y43", nameof(CreditCodeFailure.Character))]
    [InlineData("911100001000015XXX", nameof(CreditCodeFailure.OrganizationCodeCheck))]
    [InlineData("91350100M000100Y53", nameof(CreditCodeFailure.OrganizationCodeCheck))]
    [InlineData("91350100M000100Y44", nameof(CreditCodeFailure.CheckCharacter))]
    public void Validate_BadCode_ReportsFirstFailure(string? code, string expected)
    {
        var check = UnifiedSocialCreditCode.Validate(code);
        Assert.False(check.IsValid);
        Assert.Equal(Enum.Parse<CreditCodeFailure>(expected), check.Failure);
    }

    [Theory]
    [InlineData("91350100M000100Y4", '3')]
    [InlineData("9144030071526726X", 'G')]
    public void ComputeCheckCharacter_First17_ReturnsCheck(string first17, char expected)
    {
        Assert.Equal(expected, UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
    }

    [Theory]
    [InlineData("91350100M000100Y")]
    [InlineData("91350100M000100O4")]
    public void ComputeCheckCharacter_BadInput_Throws(string first17)
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
    }

    [Fact]
    public void Create_GbExampleParts_ReturnsGbExample()
    {
        Assert.Equal("91350100M000100Y43", UnifiedSocialCreditCode.Create('9', '1', "350100", "M000100Y"));
    }

    [Theory]
    [InlineData('1', '1', "410000", "00000000")]
    [InlineData('5', '2', "410105", "MA9X2K7T")]
    [InlineData('Y', '1', "419001", "12345678")]
    public void Create_Parts_RoundTripsThroughIsValid(char authority, char type, string region, string body)
    {
        var code = UnifiedSocialCreditCode.Create(authority, type, region, body);
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
        Assert.StartsWith($"{authority}{type}{region}{body}", code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('I', '1', "410000", "00000000")]
    [InlineData('1', '1', "41000A", "00000000")]
    [InlineData('1', '1', "410000", "0000000")]
    [InlineData('1', '1', "410000", "0000000Z")]
    public void Create_BadPart_Throws(char authority, char type, string region, string body)
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.Create(authority, type, region, body));
    }
}
