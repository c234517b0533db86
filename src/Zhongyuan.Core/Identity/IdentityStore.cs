using System.Security.Cryptography;
using System.Text;
using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Identity;

/// <summary>
/// Accounts and API tokens. A token is 32 random bytes shown once as <c>zy_…</c>; only its SHA-256
/// is stored (a token has full entropy, so a slow hash adds nothing), and lookups go by that hash.
/// </summary>
public sealed partial class IdentityStore(Database database, TimeProvider time)
{
    /// <summary>The prefix of every API token.</summary>
    public const string TokenPrefix = "zy_";

    /// <summary>
    /// On an empty platform, creates the three administrators (三员): <c>admin</c> (系统管理员, with an API token of every
    /// scope of that role), <c>secadmin</c> (安全管理员) and <c>auditadmin</c> (审计管理员), each with a random initial
    /// password hashed by <paramref name="hashPassword"/> that must be changed at first sign-in. Returns them, or null
    /// when accounts exist.
    /// </summary>
    public async Task<BootstrapCredentials?> BootstrapAsync(Func<string, string> hashPassword, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Identity/Sql/CountUsers"), transaction: t, cancellationToken: ct)).ConfigureAwait(false) > 0)
        {
            return null;
        }
        var accounts = new List<BootstrapAccount>();
        long adminId = 0;
        foreach (var (username, role) in BootstrapAdministrators)
        {
            var password = InitialPassword.New();
            var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Identity/Sql/InsertUser"), new
            {
                Username = username, DisplayName = Localization.Labels.Of(role).Zh, PasswordHash = hashPassword(password),
                Role = role.ToString(), DepartmentId = (long?)null, MustChangePassword = true, CreatedAt = time.GetUtcNow(),
            }, t, cancellationToken: ct)).ConfigureAwait(false);
            adminId = role == Role.SystemAdministrator ? id : adminId;
            accounts.Add(new BootstrapAccount(username, role, password));
        }
        var token = NewToken();
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Identity/Sql/InsertToken"), new
        {
            UserId = adminId, Name = "bootstrap", TokenHash = Hash(token), Scopes = RoleScopes.Joined(Role.SystemAdministrator),
            CreatedAt = time.GetUtcNow(), ExpiresAt = (DateTimeOffset?)null,
        }, t, cancellationToken: ct)).ConfigureAwait(false);
        await t.CommitAsync(ct).ConfigureAwait(false);
        return new BootstrapCredentials(accounts[0].Username, accounts[0].Password, token, accounts);
    }

    /// <summary>The accounts <see cref="BootstrapAsync"/> creates, system administrator first.</summary>
    public static IReadOnlyList<(string Username, Role Role)> BootstrapAdministrators { get; } =
        [("admin", Role.SystemAdministrator), ("secadmin", Role.SecurityAdministrator), ("auditadmin", Role.AuditAdministrator)];

    /// <summary>Creates a token for a user and returns it in clear, the only time it is seen.</summary>
    public async Task<string> CreateTokenAsync(long userId, string name, string scopes, DateTimeOffset? expiresAt, CancellationToken ct = default) =>
        (await IssueTokenAsync(userId, name, scopes, expiresAt, ct).ConfigureAwait(false)).Secret;

    /// <summary>Creates a token for a user and returns its id and its secret, the only time the secret is seen.</summary>
    public async Task<(long Id, string Secret)> IssueTokenAsync(long userId, string name, string scopes, DateTimeOffset? expiresAt, CancellationToken ct = default)
    {
        var token = NewToken();
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Identity/Sql/InsertToken"), new
        {
            UserId = userId, Name = name, TokenHash = Hash(token), Scopes = scopes, CreatedAt = time.GetUtcNow(), ExpiresAt = expiresAt,
        }, cancellationToken: ct)).ConfigureAwait(false);
        return (id, token);
    }

    /// <summary>The principal of a valid, unexpired, unrevoked token of an active account, or null.</summary>
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
        if (row is null || row.RevokedAt is not null || row.ExpiresAt <= now || row.DisabledAt is not null)
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
        public DateTimeOffset? DisabledAt { get; set; }
    }
}
