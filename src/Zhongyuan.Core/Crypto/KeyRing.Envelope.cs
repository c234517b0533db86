using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Zhongyuan.Crypto;

public sealed partial class KeyRing
{
    /// <summary>
    /// Encrypts <paramref name="plaintext"/> under the newest data key. <paramref name="purpose"/> (e.g.
    /// <c>pull-source.connection</c>) is bound as associated data: decrypting needs the same purpose, so a value
    /// cannot be moved to another field.
    /// </summary>
    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, string purpose)
    {
        var key = Current;
        Span<byte> header = stackalloc byte[HeaderSize];
        WriteHeader(header, key.Id);
        var body = Sm4Gcm.Seal(key.Key, plaintext, AssociatedData(header, purpose));
        var envelope = new byte[HeaderSize + body.Length];
        header.CopyTo(envelope);
        body.CopyTo(envelope.AsSpan(HeaderSize));
        return envelope;
    }

    /// <summary>Decrypts an envelope made by <see cref="Encrypt"/> under any data key of the ring.</summary>
    /// <exception cref="CryptographicException">
    /// Unknown format or key id (another replica rotated: <see cref="RefreshAsync"/>), another purpose, or altered.
    /// </exception>
    public byte[] Decrypt(ReadOnlySpan<byte> envelope, string purpose)
    {
        if (envelope.Length < HeaderSize + Sm4Gcm.NonceSize + Sm4Gcm.TagSize || envelope[0] != FormatVersion)
        {
            throw new CryptographicException("Not an SM4 envelope of format 1.");
        }
        var id = KeyIdOf(envelope);
        if (!_keys.All.TryGetValue(id, out var key) || key.Name != DataKeyName)
        {
            throw new CryptographicException($"The envelope names data key {id}, which this key ring does not hold.");
        }
        return Sm4Gcm.Open(key.Key, envelope[HeaderSize..], AssociatedData(envelope[..HeaderSize], purpose));
    }

    /// <summary>The data key id written in an envelope's header.</summary>
    public static int KeyIdOf(ReadOnlySpan<byte> envelope) => (int)BinaryPrimitives.ReadUInt32BigEndian(envelope[1..HeaderSize]);

    /// <summary>Encrypts text into <c>sm4:&lt;base64 envelope&gt;</c>, for text columns.</summary>
    public string EncryptText(string plaintext, string purpose) =>
        TextPrefix + Convert.ToBase64String(Encrypt(Encoding.UTF8.GetBytes(plaintext), purpose));

    /// <summary>
    /// Decrypts text made by <see cref="EncryptText"/>, or a pre-SM4 <c>v1:</c> AES-GCM secret when the master key is
    /// the 32-byte key that sealed it.
    /// </summary>
    /// <exception cref="CryptographicException">Not decryptable (see <see cref="Decrypt"/>).</exception>
    public string DecryptText(string text, string purpose)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (LegacySecret.Is(text))
        {
            return LegacySecret.Open(master.LegacyAesKey, text);
        }
        return Encoding.UTF8.GetString(Decrypt(FromText(text), purpose));
    }

    /// <summary>As <see cref="DecryptText"/>, re-reading the keys once when the envelope names a key made by another replica.</summary>
    public async Task<string> DecryptTextAsync(string text, string purpose, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!LegacySecret.Is(text) && TryKeyId(text, out var id) && !_keys.All.ContainsKey(id))
        {
            await RefreshAsync(ct).ConfigureAwait(false);
        }
        return DecryptText(text, purpose);
    }

    /// <summary>Whether a text value is sealed under an older data key or the pre-SM4 scheme, so <see cref="Reseal"/> would change it.</summary>
    public bool NeedsReseal(string text) =>
        LegacySecret.Is(text) || (TryKeyId(text, out var id) && id != Current.Id);

    /// <summary>The value re-encrypted under the newest data key when <see cref="NeedsReseal"/>, else the same text.</summary>
    /// <exception cref="CryptographicException">The value cannot be decrypted.</exception>
    public string Reseal(string text, string purpose) =>
        NeedsReseal(text) ? EncryptText(DecryptText(text, purpose), purpose) : text;

    private static byte[] FromText(string text)
    {
        if (!text.StartsWith(TextPrefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Not a sealed sm4: value.");
        }
        try
        {
            return Convert.FromBase64String(text[TextPrefix.Length..]);
        }
        catch (FormatException e)
        {
            throw new CryptographicException("Not a sealed sm4: value.", e);
        }
    }

    private static bool TryKeyId(string text, out int id)
    {
        id = 0;
        Span<byte> head = stackalloc byte[9];
        if (!text.StartsWith(TextPrefix, StringComparison.Ordinal) || text.Length < TextPrefix.Length + 12
            || !Convert.TryFromBase64Chars(text.AsSpan(TextPrefix.Length, 12), head, out var written) || written < HeaderSize)
        {
            return false;
        }
        id = KeyIdOf(head);
        return true;
    }
}
