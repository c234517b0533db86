using System.Text;

namespace Zhongyuan.Crypto;

/// <summary>
/// The node's SM2 key pair, which signs audit checkpoints. Created at first start as
/// <c>&lt;data&gt;/keys/node.key</c> (PKCS#8 PEM, mode 0600) with its public half beside it in
/// <c>node.pub</c>, then loaded from there. Replicas of one node share the file.
/// </summary>
public sealed class NodeKeys
{
    private NodeKeys(Sm2Signer signer) => Signer = signer;

    /// <summary>The node's signer (holds the private key).</summary>
    public Sm2Signer Signer { get; }

    /// <summary>The path of the private key file under a data directory.</summary>
    public static string PrivateKeyPath(string dataDirectory) => Path.Combine(dataDirectory, "keys", "node.key");

    /// <summary>Loads the node key of <paramref name="dataDirectory"/>, creating it on first start.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The file exists but is not an SM2 private key.</exception>
    public static NodeKeys Open(string dataDirectory)
    {
        var path = PrivateKeyPath(dataDirectory);
        var pem = KeyFiles.ReadOrCreate(path, () => Encoding.ASCII.GetBytes(Sm2Signer.Generate().ExportPrivateKeyPem()));
        var signer = Sm2Signer.FromPem(Encoding.ASCII.GetString(pem));
        var publicPath = Path.Combine(Path.GetDirectoryName(path)!, "node.pub");
        if (!File.Exists(publicPath))
        {
            // For operators and other nodes that check checkpoints offline; not secret.
            File.WriteAllText(publicPath, signer.ExportPublicKeyPem());
        }
        return new NodeKeys(signer);
    }

    /// <summary>Node keys around an existing signer (tests, tools).</summary>
    public static NodeKeys From(Sm2Signer signer) => new(signer);
}
