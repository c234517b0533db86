using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Identifiers;

public sealed class OrganizationCodeTests
{
    [Theory]
    [InlineData("M000100Y4")] // from the GB 32100-2015 example code 91350100M000100Y43
    [InlineData("192203821")] // 华为技术有限公司
    [InlineData("71526726X")] // 深圳市腾讯计算机系统有限公司: check value 10 is written X
    public void IsValid_KnownCode_ReturnsTrue(string code) => Assert.True(OrganizationCode.IsValid(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("M000100Y")]
    [InlineData("M000100Y-4")]
    [InlineData("m000100y4")]
    [InlineData("M000100Y5")]
    public void IsValid_BadCode_ReturnsFalse(string? code) => Assert.False(OrganizationCode.IsValid(code));

    [Theory]
    [InlineData("M000100Y", '4')]
    [InlineData("71526726", 'X')]
    [InlineData("00000000", '0')] // Σ = 0, 11 − 0 = 11 is written 0
    public void ComputeCheckCharacter_Body_ReturnsCheck(string body, char expected)
    {
        Assert.Equal(expected, OrganizationCode.ComputeCheckCharacter(body));
    }

    [Fact]
    public void ComputeCheckCharacter_WrongBody_Throws()
    {
        Assert.Throws<ArgumentException>(() => OrganizationCode.ComputeCheckCharacter("1234567"));
        Assert.Throws<ArgumentException>(() => OrganizationCode.ComputeCheckCharacter("1234567a"));
    }
}
