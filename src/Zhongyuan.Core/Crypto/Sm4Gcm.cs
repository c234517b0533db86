using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Zhongyuan.Crypto;

/// <summary>
/// SM4 (GB/T 32907-2016) in GCM mode: authenticated encryption with a fresh random 12-byte nonce per message
/// and a 16-byte tag. A sealed message is <c>nonce ‖ ciphertext ‖ tag</c>, 28 bytes longer than the plaintext.
/// </summary>
public static class Sm4Gcm
{
    /// <summary>The SM4 key length in bytes.</summary>
    public const int KeySize = 16;

    /// <summary>The nonce length in bytes.</summary>
    public const int NonceSize = 12;

    /// <summary>The tag length in bytes.</summary>
    public const int TagSize = 16;

    /// <summary>Encrypts <paramref name="plaintext"/>, binding <paramref name="associatedData"/> (authenticated, not encrypted).</summary>
    /// <exception cref="ArgumentException">The key is not 16 bytes.</exception>
    public static byte[] Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        Span<byte> nonce = stackalloc byte[NonceSize];
        RandomNumberGenerator.Fill(nonce);
        return Seal(key, nonce, plaintext, associatedData);
    }

    /// <summary>Seals with a given nonce: for known-answer tests only (a nonce must never repeat under one key).</summary>
    internal static byte[] Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[NonceSize + plaintext.Length + TagSize];
        nonce.CopyTo(output);
        var cipher = Create(true, key, nonce, associatedData);
        var written = cipher.ProcessBytes(plaintext, output.AsSpan(NonceSize));
        cipher.DoFinal(output.AsSpan(NonceSize + written));
        return output;
    }

    /// <summary>Decrypts a message made by <see cref="Seal(ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/> with the same key and associated data.</summary>
    /// <exception cref="CryptographicException">Another key or associated data sealed it, or it was altered or truncated.</exception>
    public static byte[] Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedMessage, ReadOnlySpan<byte> associatedData)
    {
        if (sealedMessage.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The SM4-GCM message is too short.");
        }
        var cipher = Create(false, key, sealedMessage[..NonceSize], associatedData);
        var plaintext = new byte[sealedMessage.Length - NonceSize - TagSize];
        try
        {
            var written = cipher.ProcessBytes(sealedMessage[NonceSize..], plaintext);
            cipher.DoFinal(plaintext.AsSpan(written));
        }
        catch (InvalidCipherTextException e)
        {
            CryptographicOperations.ZeroMemory(plaintext);
            throw new CryptographicException("The SM4-GCM tag does not match: wrong key or associated data, or the message was altered.", e);
        }
        return plaintext;
    }

    private static GcmBlockCipher Create(bool encrypt, ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> associatedData)
    {
        if (key.Length != KeySize)
        {
            throw new ArgumentException($"An SM4 key is {KeySize} bytes.", nameof(key));
        }
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(encrypt, new AeadParameters(new KeyParameter(key), TagSize * 8, nonce.ToArray(), associatedData.ToArray()));
        return cipher;
    }
}
