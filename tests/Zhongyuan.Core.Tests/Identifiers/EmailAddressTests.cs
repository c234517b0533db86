using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Identifiers;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("a@b.cn")]
    [InlineData("zhang.san@henan.gov.cn")]
    [InlineData("user+tag@example.com")]
    [InlineData("o'brien@example.ie")]
    [InlineData("x@mail-1.example.org")]
    [InlineData("用户@例子.中国")]
    [InlineData("a@xn--fiqs8s.xn--fiqs8s")]
    public void IsValid_Address_True(string address) => Assert.True(EmailAddress.IsValid(address));

    [Theory]
    [InlineData("")]
    [InlineData("a@b")]
    [InlineData("@b.cn")]
    [InlineData("a@")]
    [InlineData("a@@b.cn")]
    [InlineData("a@b@c.cn")]
    [InlineData("a b@c.cn")]
    [InlineData("a@b .cn")]
    [InlineData("a..b@c.cn")]
    [InlineData(".a@c.cn")]
    [InlineData("a.@c.cn")]
    [InlineData("a@-b.cn")]
    [InlineData("a@b-.cn")]
    [InlineData("a@b..cn")]
    [InlineData("a@b.123")]
    [InlineData("a(b)@c.cn")]
    [InlineData("a@b.cn\n")]
    public void IsValid_NotAnAddress_False(string address) => Assert.False(EmailAddress.IsValid(address));

    [Theory]
    [InlineData(64, 58, true)] // 254 characters
    [InlineData(64, 59, false)] // 255 characters
    [InlineData(65, 10, false)] // local part over 64
    public void IsValid_Lengths_LimitsEnforced(int localLength, int lastLabelLength, bool expected)
    {
        var domain = $"{new string('d', 63)}.{new string('e', 63)}.{new string('f', lastLabelLength)}.cn";
        Assert.Equal(expected, EmailAddress.IsValid(new string('a', localLength) + "@" + domain));
    }

    [Fact]
    public void IsValid_LabelOver63_False() => Assert.False(EmailAddress.IsValid("a@" + new string('d', 64) + ".cn"));
}
