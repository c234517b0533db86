using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Zhongyuan.Crypto;

namespace Zhongyuan.Tests.Crypto;

public sealed class Sm4GcmTests
{
    private static readonly byte[] Key = Convert.FromHexString("0123456789abcdeffedcba9876543210");

    [Fact]
    public void Sm4Engine_StandardBlock_MatchesGbt32907Vector()
    {
        // GB/T 32907-2016, appendix A, example 1: key = plaintext.
        var engine = new SM4Engine();
        engine.Init(true, new KeyParameter(Key));
        var output = new byte[16];

        engine.ProcessBlock(Key, 0, output, 0);

        Assert.Equal("681edf34d206965e86b3e94f536e4246", Convert.ToHexStringLower(output));
    }

    [Fact]
    public void Seal_Rfc8998Vector_MatchesCiphertextAndTag()
    {
        // RFC 8998, appendix A.1 (SM4-GCM).
        var nonce = Convert.FromHexString("00001234567800000000ABCD");
        var ad = Convert.FromHexString("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
        var plain = Convert.FromHexString(
            "AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDDEEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");

        var sealedBytes = Sm4Gcm.Seal(Key, nonce, plain, ad);

        Assert.Equal(
            "17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D" +
            "83DE3541E4C2B58177E065A9BF7B62EC",
            Convert.ToHexString(sealedBytes.AsSpan(Sm4Gcm.NonceSize)));
        Assert.Equal(plain, Sm4Gcm.Open(Key, sealedBytes, ad));
    }

    [Fact]
    public void Seal_Twice_DifferentNoncesBothOpen()
    {
        var a = Sm4Gcm.Seal(Key, "秘密"u8, "ctx"u8);
        var b = Sm4Gcm.Seal(Key, "秘密"u8, "ctx"u8);

        Assert.NotEqual(a, b);
        Assert.Equal("秘密"u8.ToArray(), Sm4Gcm.Open(Key, b, "ctx"u8));
    }

    [Fact]
    public void Open_TamperedOrOtherContext_Throws()
    {
        var sealedBytes = Sm4Gcm.Seal(Key, "secret"u8, "ctx"u8);
        var tampered = (byte[])sealedBytes.Clone();
        tampered[^1] ^= 1;

        Assert.Throws<CryptographicException>(() => Sm4Gcm.Open(Key, tampered, "ctx"u8));
        Assert.Throws<CryptographicException>(() => Sm4Gcm.Open(Key, sealedBytes, "other"u8));
        Assert.Throws<CryptographicException>(() => Sm4Gcm.Open(RandomNumberGenerator.GetBytes(16), sealedBytes, "ctx"u8));
        Assert.Throws<CryptographicException>(() => Sm4Gcm.Open(Key, sealedBytes.AsSpan(0, 20), "ctx"u8));
    }
}
