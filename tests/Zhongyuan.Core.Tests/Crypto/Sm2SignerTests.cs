using System.Security.Cryptography;
using Zhongyuan.Crypto;

namespace Zhongyuan.Tests.Crypto;

public sealed class Sm2SignerTests
{
    [Fact]
    public void Sign_ThenVerify_TrueAndTamperFails()
    {
        var signer = Sm2Signer.Generate();
        var data = "checkpoint 10000"u8.ToArray();

        var signature = signer.Sign(data);
        var badSignature = (byte[])signature.Clone();
        badSignature[^1] ^= 1;

        Assert.True(signer.Verify(data, signature));
        Assert.False(signer.Verify("checkpoint 10001"u8, signature));
        Assert.False(signer.Verify(data, badSignature));
        Assert.False(signer.Verify(data, [1, 2, 3]));
        Assert.False(Sm2Signer.Generate().Verify(data, signature));
    }

    [Fact]
    public void ExportImport_DerAndPem_SameKey()
    {
        var signer = Sm2Signer.Generate();
        var signature = signer.Sign("x"u8);

        var fromDer = Sm2Signer.FromPrivateKey(signer.ExportPrivateKey());
        var fromPem = Sm2Signer.FromPem(signer.ExportPrivateKeyPem());
        var publicOnly = Sm2Signer.FromPem(signer.ExportPublicKeyPem());

        Assert.Equal(signer.PublicKey, fromDer.PublicKey);
        Assert.Equal(signer.Fingerprint, fromPem.Fingerprint);
        Assert.True(publicOnly.Verify("x"u8, signature));
        Assert.True(Sm2Signer.FromPublicKey(signer.PublicKey).Verify("x"u8, fromPem.Sign("x"u8)));
        Assert.False(publicOnly.CanSign);
        Assert.Throws<InvalidOperationException>(() => publicOnly.Sign("x"u8));
        Assert.Contains("BEGIN PRIVATE KEY", signer.ExportPrivateKeyPem(), StringComparison.Ordinal);
        Assert.Throws<CryptographicException>(() => Sm2Signer.FromPrivateKey([1, 2, 3]));
    }

    [Fact]
    public void NodeKeys_Open_CreatesPrivateFileOnceThenLoadsIt()
    {
        var data = Directory.CreateTempSubdirectory("zy-node-").FullName;

        var first = NodeKeys.Open(data);
        var again = NodeKeys.Open(data);

        Assert.Equal(first.Signer.Fingerprint, again.Signer.Fingerprint);
        Assert.True(again.Signer.Verify("x"u8, first.Signer.Sign("x"u8)));
        Assert.True(File.Exists(Path.Combine(data, "keys", "node.pub")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(NodeKeys.PrivateKeyPath(data)));
        }
    }
}
