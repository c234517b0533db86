using System.Security.Cryptography;
using System.Text;
using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Identity;

/// <summary>
/// Accounts and API tokens. A token is 32 random bytes shown once as <c>zy_…</c>; only its SHA-256
/// is stored (a token has full entropy, so a slow hash adds nothing), and lookups go by that hash.
/// </summary>
public sealed class IdentityStore(Database database, TimeProvider time)
{
    /// <summary>The prefix of every API token.</summary>
    public const string TokenPrefix = "zy_";

    /// <summary>
    /// On an empty platform, creates the administrator <c>admin</c> with a random password hashed by
    /// <paramref name="hashPassword"/>, and a token with every scope; returns them, or null when accounts exist.
    /// </summary>
    public async Task<BootstrapCredentials?> BootstrapAsync(Func<string, string> hashPassword, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Identity/Sql/CountUsers"), transaction: t, cancellationToken: ct)).ConfigureAwait(false) > 0)
        {
            return null;
        }
        var password = RandomSecret(12);
        var userId = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Identity/Sql/InsertUser"), new
        {
            Username = "admin", DisplayName = "系统管理员", PasswordHash = hashPassword(password),
            Role = nameof(Role.SystemAdministrator), DepartmentId = (long?)null, MustChangePassword = true, CreatedAt = time.GetUtcNow(),
        }, t, cancellationToken: ct)).ConfigureAwait(false);
        var token = NewToken();
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Identity/Sql/InsertToken"), new
        {
            UserId = userId, Name = "bootstrap", TokenHash = Hash(token), Scopes = Scopes.All,
            CreatedAt = time.GetUtcNow(), ExpiresAt = (DateTimeOffset?)null,
        }, t, cancellationToken: ct)).ConfigureAwait(false);
        await t.CommitAsync(ct).ConfigureAwait(false);
        return new BootstrapCredentials("admin", password, token);
    }

    /// <summary>Creates a token for a user and returns it in clear, the only time it is seen.</summary>
    public async Task<string> CreateTokenAsync(long userId, string name, string scopes, DateTimeOffset? expiresAt, CancellationToken ct = default)
    {
        var token = NewToken();
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Identity/Sql/InsertToken"), new
        {
            UserId = userId, Name = name, TokenHash = Hash(token), Scopes = scopes, CreatedAt = time.GetUtcNow(), ExpiresAt = expiresAt,
        }, cancellationToken: ct)).ConfigureAwait(false);
        return token;
    }

    /// <summary>The principal of a valid, unexpired, unrevoked token, or null.</summary>
    public async Task<TokenPrincipal?> AuthenticateAsync(string token, CancellationToken ct = default)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return null;
        }
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<TokenRow>(new CommandDefinition(
            database.Sql("Identity/Sql/FindToken"), new { TokenHash = Hash(token) }, cancellationToken: ct)).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (row is null || row.RevokedAt is not null || row.ExpiresAt <= now)
        {
            return null;
        }
        var user = new User(row.UserId, row.Username, row.DisplayName, Enum.Parse<Role>(row.Role), row.DepartmentId, row.MustChangePassword);
        return new TokenPrincipal(row.TokenId, row.TokenName, user, row.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));
    }

    private static string NewToken() => TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string RandomSecret(int bytes) => Base64Url(RandomNumberGenerator.GetBytes(bytes));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private sealed class TokenRow
    {
        public long TokenId { get; set; }
        public string TokenName { get; set; } = "";
        public string Scopes { get; set; } = "";
        public DateTimeOffset? ExpiresAt { get; set; }
        public DateTimeOffset? RevokedAt { get; set; }
        public long UserId { get; set; }
        public string Username { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Role { get; set; } = "";
        public long? DepartmentId { get; set; }
        public bool MustChangePassword { get; set; }
    }
}
