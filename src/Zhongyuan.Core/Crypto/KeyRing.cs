using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Crypto;

/// <summary>
/// SM4 data keys wrapped by the <see cref="MasterKey"/> and kept in the <c>data_keys</c> table, and the field
/// encryption built on them. <see cref="Encrypt"/> uses the newest data key and writes a self-describing envelope
/// (<c>0x01 ‖ key id (uint32, big-endian) ‖ nonce (12) ‖ ciphertext ‖ tag (16)</c>, SM4-GCM, the 5-byte header and
/// the purpose as associated data); <see cref="Decrypt"/> reads any key id. <see cref="RotateAsync"/> adds a data
/// key while the old ones keep decrypting, so rotation needs no downtime; <see cref="Reseal"/> moves a value to the
/// newest key. Platform keys (<see cref="PlatformKeyAsync"/>) are named, stable HMAC keys. Thread-safe.
/// </summary>
/// <remarks>Call <see cref="LoadAsync"/> once the database is migrated and before the first use.</remarks>
public sealed partial class KeyRing(Database database, MasterKey master, TimeProvider time)
{
    /// <summary>The prefix of an envelope in text form (<see cref="EncryptText"/>): <c>sm4:</c> and base64.</summary>
    public const string TextPrefix = "sm4:";

    private const byte FormatVersion = 1;
    private const int HeaderSize = 5;
    private const string DataKeyName = "data";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot _keys = new(new Dictionary<int, DataKey>(), null);

    /// <summary>The id of the data key that encrypts now.</summary>
    /// <exception cref="InvalidOperationException">The ring was not loaded.</exception>
    public int CurrentKeyId => Current.Id;

    /// <summary>Loads the keys, creating the first data key on an empty platform.</summary>
    /// <exception cref="CryptographicException">The master key does not unwrap the stored keys (it is not the one that made them).</exception>
    public async Task LoadAsync(CancellationToken ct = default)
    {
        await RefreshAsync(ct).ConfigureAwait(false);
        if (_keys.Current is null)
        {
            await RotateAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Re-reads the keys from the database (another replica may have rotated).</summary>
    /// <exception cref="CryptographicException">The master key does not unwrap the stored keys.</exception>
    public async Task RefreshAsync(CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<KeyRow>(new CommandDefinition(database.Sql("Crypto/Sql/SelectKeys"), cancellationToken: ct)).ConfigureAwait(false);
        var keys = rows.Select(Unwrap).ToDictionary(k => k.Id);
        var current = keys.Values.Where(k => k.Name == DataKeyName).MaxBy(k => k.Id);
        _keys = new Snapshot(keys, current);
    }

    /// <summary>
    /// Adds a data key, which encrypts from now on, and marks the older data keys retired (they keep decrypting).
    /// Returns the new key's id. Values sealed under older keys move to the new one with <see cref="Reseal"/>.
    /// </summary>
    public async Task<int> RotateAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var key = RandomNumberGenerator.GetBytes(Sm4Gcm.KeySize);
            var now = time.GetUtcNow();
            await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
            await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
            var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Crypto/Sql/InsertDataKey"),
                new { Wrapped = Wrap(key, DataKeyName), CreatedAt = now }, t, cancellationToken: ct)).ConfigureAwait(false);
            await c.ExecuteAsync(new CommandDefinition(database.Sql("Crypto/Sql/RetireDataKeys"), new { RetiredAt = now, Newest = id }, t, cancellationToken: ct)).ConfigureAwait(false);
            await t.CommitAsync(ct).ConfigureAwait(false);
            await RefreshAsync(ct).ConfigureAwait(false);
            return checked((int)id);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The platform key named <paramref name="name"/> (32 random bytes, created on first use, the same on every
    /// replica and after every data-key rotation), e.g. <c>audit.subjects</c> for subject hashes or
    /// <c>masking.pseudonym</c> for keyed pseudonyms. Use it as an HMAC-SM3 key (<see cref="Sm3Hmac"/>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or <c>data</c>.</exception>
    public async Task<byte[]> PlatformKeyAsync(string name, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name == DataKeyName)
        {
            throw new ArgumentException("'data' names the rotating data keys.", nameof(name));
        }
        if (Find(name) is { } known)
        {
            return (byte[])known.Key.Clone();
        }
        await using (var c = await database.OpenAsync(ct).ConfigureAwait(false))
        {
            // ON CONFLICT DO NOTHING: when two replicas create it at once, the first one's key stays.
            await c.ExecuteAsync(new CommandDefinition(database.Sql("Crypto/Sql/InsertPlatformKey"),
                new { Name = name, Wrapped = Wrap(RandomNumberGenerator.GetBytes(32), name), CreatedAt = time.GetUtcNow() }, cancellationToken: ct)).ConfigureAwait(false);
        }
        await RefreshAsync(ct).ConfigureAwait(false);
        return (byte[])(Find(name) ?? throw new InvalidOperationException($"The platform key {name} was not stored.")).Key.Clone();
    }

    private DataKey? Find(string name) => _keys.All.Values.FirstOrDefault(k => k.Name == name);

    private DataKey Current => _keys.Current ?? throw new InvalidOperationException("The key ring is not loaded: call LoadAsync after migrating the database.");

    private byte[] Wrap(byte[] key, string name) => Sm4Gcm.Seal(master.Sm4Key, key, WrapContext(name));

    private DataKey Unwrap(KeyRow row)
    {
        byte[] key;
        try
        {
            key = Sm4Gcm.Open(master.Sm4Key, row.Wrapped, WrapContext(row.Name));
        }
        catch (CryptographicException e)
        {
            throw new CryptographicException(
                $"The {master} does not open data key {row.Id} stored in the database: set {MasterKey.EnvironmentVariable} or keys/master.key to the master key that created it. " +
                $"主密钥无法解开数据库中的数据密钥 {row.Id}：请使用创建它的主密钥（{MasterKey.EnvironmentVariable} 或 keys/master.key）。", e);
        }
        return new DataKey(checked((int)row.Id), row.Name, key, row.CreatedAt, row.RetiredAt);
    }

    private static byte[] WrapContext(string name) => Encoding.UTF8.GetBytes("zhongyuan/key/" + name);

    private static byte[] AssociatedData(ReadOnlySpan<byte> header, string purpose)
    {
        var ad = new byte[HeaderSize + Encoding.UTF8.GetByteCount(purpose)];
        header.CopyTo(ad);
        Encoding.UTF8.GetBytes(purpose, ad.AsSpan(HeaderSize));
        return ad;
    }

    private static void WriteHeader(Span<byte> header, int keyId)
    {
        header[0] = FormatVersion;
        BinaryPrimitives.WriteUInt32BigEndian(header[1..], checked((uint)keyId));
    }

    private sealed record Snapshot(IReadOnlyDictionary<int, DataKey> All, DataKey? Current);

    private sealed class KeyRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public byte[] Wrapped { get; set; } = [];
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? RetiredAt { get; set; }
    }
}
