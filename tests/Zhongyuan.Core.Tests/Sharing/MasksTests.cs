using Zhongyuan.Catalog;
using Zhongyuan.Sharing.Masking;

namespace Zhongyuan.Tests.Sharing;

public sealed class MasksTests
{
    [Theory]
    [InlineData("41010219900101123X", "410102********123X")]
    [InlineData(" 410102900101123 ", "410102*****1123")]
    [InlineData("12345", "*****")]
    public void IdNumber_Value_FirstSixAndLastFourKept(string value, string expected) => Assert.Equal(expected, Masks.IdNumber(value));

    [Theory]
    [InlineData("张三丰", "张**")]
    [InlineData("张三", "张**")]
    [InlineData("欧阳修文", "欧阳**")]
    [InlineData("诸葛亮", "诸葛**")]
    [InlineData("欧阳", "欧**")]
    [InlineData("𠀋小明", "𠀋**")]
    [InlineData("王", "*")]
    public void Name_Value_SurnameKept(string value, string expected) => Assert.Equal(expected, Masks.Name(value));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+86 138-1234-5678", "138****5678")]
    [InlineData("0371-65432100", "0371-****2100")]
    [InlineData("010-88888888", "010-****8888")]
    [InlineData("03716543210", "0371-***3210")]
    public void Phone_Value_PrefixAndLastFourKept(string value, string expected) => Assert.Equal(expected, Masks.Phone(value));

    [Theory]
    [InlineData("河南省郑州市金水区文化路12号", "河南省郑州市金水区****")]
    [InlineData("郑州市中原区中原路8号院3号楼", "郑州市中原区****")]
    [InlineData("某某村三组12号", "某某村三组1****")]
    [InlineData("短地址", "****")]
    public void Address_Value_KeptDownToCounty(string value, string expected) => Assert.Equal(expected, Masks.Address(value));

    [Theory]
    [InlineData("6222 0202 0011 2233 445", "***************3445")]
    [InlineData("123", "****")]
    public void BankCard_Value_LastFourKept(string value, string expected) => Assert.Equal(expected, Masks.BankCard(value));

    [Fact]
    public void Apply_RedactAndNone_NullAndRaw()
    {
        Assert.Null(Masks.Apply(MaskingRule.Redact, "秘密"));
        Assert.Equal("原样", Masks.Apply(MaskingRule.None, "原样"));
        Assert.Null(Masks.Apply(MaskingRule.Name, null));
        Assert.Throws<ArgumentException>(() => Masks.Apply(MaskingRule.Pseudonym, "x"));
    }

    [Fact]
    public void Pseudonyms_SameGrant_StableAndDifferentAcrossGrants()
    {
        var platform = new byte[32];
        platform[0] = 7;
        var one = new Zhongyuan.Crypto.Sm3Hmac(Pseudonyms.GrantKey(platform, 1));
        var again = new Zhongyuan.Crypto.Sm3Hmac(Pseudonyms.GrantKey(platform, 1));
        var two = new Zhongyuan.Crypto.Sm3Hmac(Pseudonyms.GrantKey(platform, 2));

        var p = Pseudonyms.Of(one, "SB0001");

        Assert.Matches("^[0-9a-f]{64}$", p);
        Assert.Equal(p, Pseudonyms.Of(again, "SB0001"));
        Assert.NotEqual(p, Pseudonyms.Of(two, "SB0001"));
        Assert.NotEqual(p, Pseudonyms.Of(one, "SB0002"));
    }
}
