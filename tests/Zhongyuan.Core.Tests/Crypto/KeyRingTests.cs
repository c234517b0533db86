using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Zhongyuan.Crypto;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Crypto;

public sealed class KeyRingTests
{
    private static async Task<(Database Db, KeyRing Ring, MasterKey Master)> CreateAsync(string engine)
    {
        var db = await TestDatabases.CreateAsync(engine, "keys");
        var master = MasterKey.FromBytes(RandomNumberGenerator.GetBytes(16));
        var ring = new KeyRing(db, master, new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero)));
        await ring.LoadAsync();
        return (db, ring, master);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Encrypt_ThenDecrypt_RoundTripsWithSelfDescribingEnvelope(string engine)
    {
        var (db, ring, _) = await CreateAsync(engine);
        await using var _db = db;
        var plain = Encoding.UTF8.GetBytes("Password=秘密s3cret");

        var envelope = ring.Encrypt(plain, "pull-source.connection");

        Assert.Equal(1, envelope[0]);
        Assert.Equal(ring.CurrentKeyId, KeyRing.KeyIdOf(envelope));
        Assert.Equal(1 + 4 + 12 + plain.Length + 16, envelope.Length);
        Assert.Equal(plain, ring.Decrypt(envelope, "pull-source.connection"));
        Assert.Throws<CryptographicException>(() => ring.Decrypt(envelope, "pull-source.header"));
        var text = ring.EncryptText("k3y", "p");
        Assert.StartsWith("sm4:", text, StringComparison.Ordinal);
        Assert.Equal("k3y", ring.DecryptText(text, "p"));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task RotateAsync_OldCiphertextStillDecryptsAndNewUsesNewKey(string engine)
    {
        var (db, ring, master) = await CreateAsync(engine);
        await using var _db = db;
        var old = ring.EncryptText("old secret", "p");
        var oldKey = ring.CurrentKeyId;

        var newKey = await ring.RotateAsync();
        var fresh = ring.EncryptText("new secret", "p");

        Assert.NotEqual(oldKey, newKey);
        Assert.Equal("old secret", ring.DecryptText(old, "p"));
        Assert.Equal(newKey, KeyRing.KeyIdOf(Convert.FromBase64String(fresh[4..])));
        Assert.True(ring.NeedsReseal(old));
        Assert.False(ring.NeedsReseal(fresh));
        var resealed = ring.Reseal(old, "p");
        Assert.Equal(newKey, KeyRing.KeyIdOf(Convert.FromBase64String(resealed[4..])));
        Assert.Equal("old secret", ring.DecryptText(resealed, "p"));
        // Another replica that loaded before the rotation learns the new key on a miss.
        var replica = new KeyRing(db, master, TimeProvider.System);
        await replica.LoadAsync();
        Assert.Equal("new secret", await replica.DecryptTextAsync(fresh, "p"));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task LoadAsync_WrongMasterKey_FailsNamingTheMasterKey(string engine)
    {
        var (db, _, _) = await CreateAsync(engine);
        await using var _db = db;
        var other = new KeyRing(db, MasterKey.FromBytes(RandomNumberGenerator.GetBytes(16), "ZY_MASTER_KEY"), TimeProvider.System);

        var e = await Assert.ThrowsAsync<CryptographicException>(() => other.LoadAsync());

        Assert.Contains("does not open data key", e.Message, StringComparison.Ordinal);
        Assert.Contains("ZY_MASTER_KEY", e.Message, StringComparison.Ordinal);
        Assert.Contains("主密钥", e.Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task PlatformKeyAsync_StableAcrossRotationAndReplicas(string engine)
    {
        var (db, ring, master) = await CreateAsync(engine);
        await using var _db = db;

        var first = await ring.PlatformKeyAsync("audit.subjects");
        await ring.RotateAsync();
        var replica = new KeyRing(db, master, TimeProvider.System);
        await replica.LoadAsync();

        Assert.Equal(32, first.Length);
        Assert.Equal(first, await ring.PlatformKeyAsync("audit.subjects"));
        Assert.Equal(first, await replica.PlatformKeyAsync("audit.subjects"));
        Assert.NotEqual(first, await ring.PlatformKeyAsync("masking.pseudonym"));
        await Assert.ThrowsAsync<ArgumentException>(() => ring.PlatformKeyAsync("data"));
    }

    [Fact]
    public void MasterKey_Open_CreatesSixteenBytePrivateFileOrUsesEnvironment()
    {
        var data = Directory.CreateTempSubdirectory("zy-master-").FullName;
        var file = Path.Combine(data, "keys", "master.key");

        var created = MasterKey.Open(data, null);
        var again = MasterKey.Open(data, null);
        var fromEnvironment = MasterKey.Open(Directory.CreateTempSubdirectory("zy-master-").FullName, Convert.ToBase64String(new byte[16]));

        Assert.Equal(16, new FileInfo(file).Length);
        Assert.Equal(file, created.Source);
        Assert.Equal(file, again.Source);
        Assert.Equal(MasterKey.EnvironmentVariable, fromEnvironment.Source);
        Assert.Throws<FormatException>(() => MasterKey.Open(data, Convert.ToBase64String(new byte[20])));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }
}
