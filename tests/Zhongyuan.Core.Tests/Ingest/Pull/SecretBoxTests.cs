using System.Security.Cryptography;
using Zhongyuan.Ingest.Pull;

namespace Zhongyuan.Tests.Ingest.Pull;

public sealed class SecretBoxTests
{
    private static SecretBox NewBox() => new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Encrypt_ThenDecrypt_GivesTheSecretBack()
    {
        var box = NewBox();

        var text = box.Encrypt("postgres://zy:密码s3cret@db/人口");

        Assert.StartsWith("v1:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
        Assert.Equal("postgres://zy:密码s3cret@db/人口", box.Decrypt(text));
    }

    [Fact]
    public void Encrypt_SameSecretTwice_DifferentTexts()
    {
        var box = NewBox();

        Assert.NotEqual(box.Encrypt("secret"), box.Encrypt("secret"));
    }

    [Fact]
    public void Decrypt_OtherKey_Fails()
    {
        var text = NewBox().Encrypt("secret");

        Assert.ThrowsAny<CryptographicException>(() => NewBox().Decrypt(text));
    }

    [Fact]
    public void Decrypt_Tampered_Fails()
    {
        var box = NewBox();
        var parts = box.Encrypt("secret").Split(':');
        var cipher = Convert.FromBase64String(parts[2]);
        cipher[0] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => box.Decrypt($"v1:{parts[1]}:{Convert.ToBase64String(cipher)}"));
        Assert.ThrowsAny<CryptographicException>(() => box.Decrypt("v2:" + parts[1] + ":" + parts[2]));
    }

    [Fact]
    public void Open_NoEnvironmentKey_CreatesPrivateKeyFileAndReusesIt()
    {
        var data = Directory.CreateTempSubdirectory("zy-keys-").FullName;

        var text = SecretBox.Open(data, null).Encrypt("secret");
        var again = SecretBox.Open(data, null).Decrypt(text);

        Assert.Equal("secret", again);
        var file = Path.Combine(data, "keys", "master.key");
        Assert.Equal(32, new FileInfo(file).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void Open_EnvironmentKey_UsedInsteadOfFile()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var data = Directory.CreateTempSubdirectory("zy-keys-").FullName;

        var text = SecretBox.Open(data, Convert.ToBase64String(key)).Encrypt("secret");

        Assert.Equal("secret", new SecretBox(key).Decrypt(text));
        Assert.False(File.Exists(Path.Combine(data, "keys", "master.key")));
        Assert.Throws<FormatException>(() => SecretBox.Open(data, Convert.ToBase64String(new byte[16])));
    }
}
