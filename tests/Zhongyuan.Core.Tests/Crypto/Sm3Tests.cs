using System.Text;
using Zhongyuan.Crypto;

namespace Zhongyuan.Tests.Crypto;

public sealed class Sm3Tests
{
    [Fact]
    public void Hash_Abc_MatchesStandardVector()
    {
        // GB/T 32905-2016, example 1.
        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Convert.ToHexStringLower(Sm3.Hash("abc"u8)));
    }

    [Fact]
    public void Hash_SixtyFourBytes_MatchesStandardVector()
    {
        // GB/T 32905-2016, example 2: "abcd" repeated 16 times.
        var data = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abcd", 16)));

        Assert.Equal("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732", Convert.ToHexStringLower(Sm3.Hash(data)));
    }

    [Fact]
    public void CreateHasher_InParts_SameAsOneShotAndReusable()
    {
        var hasher = Sm3.CreateHasher();
        hasher.Append("a"u8);
        hasher.Append("bc"u8);
        var first = hasher.GetHashAndReset();
        hasher.Append("abc"u8);

        Assert.Equal(Sm3.Hash("abc"u8), first);
        Assert.Equal(Sm3.Hash("abc"u8), hasher.GetHashAndReset());
    }

    [Fact]
    public void Hmac_MatchesRfc2104ConstructionOverSm3()
    {
        var key = Encoding.ASCII.GetBytes("platform-key");
        var message = Encoding.UTF8.GetBytes("410102199001011234");
        var block = new byte[64];
        key.CopyTo(block, 0);
        var inner = Sm3.Hash([.. block.Select(b => (byte)(b ^ 0x36)), .. message]);
        var expected = Sm3.Hash([.. block.Select(b => (byte)(b ^ 0x5c)), .. inner]);

        Assert.Equal(expected, Sm3.Hmac(key, message));
        Assert.NotEqual(expected, Sm3.Hmac("other-key"u8, message));
    }
}
