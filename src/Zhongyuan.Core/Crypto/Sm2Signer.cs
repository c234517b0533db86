using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Zhongyuan.Crypto;

/// <summary>
/// SM2 signatures (GB/T 32918) over the curve sm2p256v1 with SM3 and the default user id
/// <c>1234567812345678</c>. Signatures are DER-encoded (r, s). Keys export as PKCS#8 (private) and
/// SubjectPublicKeyInfo (public), DER or PEM. A signer made from a public key only can verify, not sign.
/// </summary>
public sealed class Sm2Signer
{
    private readonly ECPrivateKeyParameters? _private;
    private readonly ECPublicKeyParameters _public;

    private Sm2Signer(ECPrivateKeyParameters? privateKey, ECPublicKeyParameters publicKey)
    {
        _private = privateKey;
        _public = publicKey;
        PublicKey = SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(publicKey).GetDerEncoded();
        Fingerprint = Convert.ToHexStringLower(Sm3.Hash(PublicKey).AsSpan(0, 8));
    }

    /// <summary>The public key as DER SubjectPublicKeyInfo.</summary>
    public byte[] PublicKey { get; }

    /// <summary>The first 8 bytes of the SM3 hash of <see cref="PublicKey"/>, as 16 hex digits: names the key in records.</summary>
    public string Fingerprint { get; }

    /// <summary>Whether this signer holds the private key.</summary>
    public bool CanSign => _private is not null;

    /// <summary>A new random key pair.</summary>
    public static Sm2Signer Generate()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Domain, new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        return new Sm2Signer((ECPrivateKeyParameters)pair.Private, (ECPublicKeyParameters)pair.Public);
    }

    /// <summary>A signer from a PKCS#8 private key (DER).</summary>
    /// <exception cref="CryptographicException">The bytes are not an SM2 private key.</exception>
    public static Sm2Signer FromPrivateKey(ReadOnlySpan<byte> pkcs8)
    {
        var der = pkcs8.ToArray();
        var key = Parse(() => PrivateKeyFactory.CreateKey(der)) as ECPrivateKeyParameters
            ?? throw new CryptographicException("Not an EC private key.");
        var q = key.Parameters.G.Multiply(key.D).Normalize();
        return new Sm2Signer(key, new ECPublicKeyParameters(q, key.Parameters));
    }

    /// <summary>A verify-only signer from a SubjectPublicKeyInfo public key (DER).</summary>
    /// <exception cref="CryptographicException">The bytes are not an SM2 public key.</exception>
    public static Sm2Signer FromPublicKey(ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        var der = subjectPublicKeyInfo.ToArray();
        var key = Parse(() => PublicKeyFactory.CreateKey(der)) as ECPublicKeyParameters
            ?? throw new CryptographicException("Not an EC public key.");
        return new Sm2Signer(null, key);
    }

    /// <summary>A signer from PEM text: <c>PRIVATE KEY</c> (PKCS#8) or <c>PUBLIC KEY</c> (SubjectPublicKeyInfo).</summary>
    /// <exception cref="CryptographicException">The text holds neither.</exception>
    public static Sm2Signer FromPem(string pem)
    {
        var fields = PemEncoding.Find(pem);
        var label = pem[fields.Label];
        var der = Convert.FromBase64String(pem[fields.Base64Data]);
        return label switch
        {
            "PRIVATE KEY" => FromPrivateKey(der),
            "PUBLIC KEY" => FromPublicKey(der),
            _ => throw new CryptographicException($"Unexpected PEM label {label}."),
        };
    }

    /// <summary>The private key as PKCS#8 DER.</summary>
    /// <exception cref="InvalidOperationException">This signer has only the public key.</exception>
    public byte[] ExportPrivateKey() => PrivateKeyInfoFactory.CreatePrivateKeyInfo(RequirePrivate()).GetDerEncoded();

    /// <summary>The private key as PEM (<c>-----BEGIN PRIVATE KEY-----</c>).</summary>
    public string ExportPrivateKeyPem() => new(PemEncoding.Write("PRIVATE KEY", ExportPrivateKey()));

    /// <summary>The public key as PEM (<c>-----BEGIN PUBLIC KEY-----</c>).</summary>
    public string ExportPublicKeyPem() => new(PemEncoding.Write("PUBLIC KEY", PublicKey));

    /// <summary>Signs <paramref name="data"/>; the signature is randomised, so two signatures of the same data differ.</summary>
    /// <exception cref="InvalidOperationException">This signer has only the public key.</exception>
    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        var signer = new SM2Signer();
        signer.Init(true, new ParametersWithRandom(RequirePrivate(), new SecureRandom()));
        signer.BlockUpdate(data);
        return signer.GenerateSignature();
    }

    /// <summary>Whether <paramref name="signature"/> is this key's signature of <paramref name="data"/>; false for malformed signatures.</summary>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        var signer = new SM2Signer();
        signer.Init(false, _public);
        signer.BlockUpdate(data);
        try
        {
            return signer.VerifySignature(signature.ToArray());
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException)
        {
            // Not a DER (r, s) pair at all.
            return false;
        }
    }

    private static ECNamedDomainParameters Domain { get; } =
        new(GMObjectIdentifiers.sm2p256v1, GMNamedCurves.GetByOid(GMObjectIdentifiers.sm2p256v1));

    private ECPrivateKeyParameters RequirePrivate() =>
        _private ?? throw new InvalidOperationException("This SM2 signer holds only a public key.");

    private static AsymmetricKeyParameter Parse(Func<AsymmetricKeyParameter> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or IOException or InvalidOperationException)
        {
            throw new CryptographicException("The key is not a valid SM2 key encoding.", e);
        }
    }
}
