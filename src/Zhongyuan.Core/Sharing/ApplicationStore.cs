using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Sharing;

/// <summary>
/// The <c>applications</c> and <c>application_keys</c> rows. A key is 32 random bytes shown once as <c>zya_…</c>; only
/// its SHA-256 is stored, as for user tokens (<see cref="Identity.IdentityStore"/>): a key has full entropy, so a slow
/// hash adds nothing, and lookups go by that hash.
/// </summary>
public sealed class ApplicationStore(Database database, TimeProvider time)
{
    /// <summary>The prefix of every application key.</summary>
    public const string KeyPrefix = "zya_";

    /// <summary>Stores a new application and returns its id; null when the department already has one of that name.</summary>
    public async Task<long?> InsertAsync(long departmentId, ApplicationInput input, string createdBy, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        try
        {
            return await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Sharing/Sql/InsertApplication"), new
            {
                DepartmentId = departmentId, Name = input.Name!.Trim(), input.Description, input.Contact, Enabled = input.Enabled ?? true,
                CreatedBy = createdBy, CreatedAt = time.GetUtcNow(),
            }, cancellationToken: ct)).ConfigureAwait(false);
        }
        catch (DbException e) when (DbErrors.IsUniqueViolation(e))
        {
            return null;
        }
    }

    /// <summary>Changes an application's fields; false when the department already has another application of that name.</summary>
    public async Task<bool> UpdateAsync(long id, ApplicationInput input, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        try
        {
            await c.ExecuteAsync(new CommandDefinition(database.Sql("Sharing/Sql/UpdateApplication"), new
            {
                Id = id, Name = input.Name!.Trim(), input.Description, input.Contact, Enabled = input.Enabled ?? true, UpdatedAt = time.GetUtcNow(),
            }, cancellationToken: ct)).ConfigureAwait(false);
            return true;
        }
        catch (DbException e) when (DbErrors.IsUniqueViolation(e))
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes an application and its keys, provided it never requested or held a grant (those must stay traceable:
    /// disable it instead); false when it has.
    /// </summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var uses = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Sharing/Sql/CountApplicationUses"), new { Id = id }, t, cancellationToken: ct)).ConfigureAwait(false);
        if (uses > 0)
        {
            return false;
        }
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Sharing/Sql/DeleteApplication"), new { Id = id }, t, cancellationToken: ct)).ConfigureAwait(false);
        await t.CommitAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>An application by id, or null.</summary>
    public async Task<Application?> FindAsync(long id, CancellationToken ct = default) =>
        (await QueryAsync(" WHERE a.id = @Id", new { Id = id }, ct).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>The applications of one department (or of all when null), by name.</summary>
    public Task<IReadOnlyList<Application>> ListAsync(long? departmentId, CancellationToken ct = default) =>
        QueryAsync((departmentId is null ? "" : " WHERE a.department_id = @DepartmentId") + " ORDER BY a.department_id, a.name",
            new { DepartmentId = departmentId }, ct);

    /// <summary>Creates a key for an application and returns it in clear, the only time it is seen.</summary>
    public async Task<NewApplicationKey> CreateKeyAsync(long applicationId, string name, DateTimeOffset? expiresAt, string createdBy, CancellationToken ct = default)
    {
        var secret = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow();
        var hint = secret[..(KeyPrefix.Length + 4)] + "…";
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Sharing/Sql/InsertApplicationKey"), new
        {
            ApplicationId = applicationId, Name = name, KeyHash = Hash(secret), Hint = hint, CreatedBy = createdBy, CreatedAt = now, ExpiresAt = expiresAt,
        }, cancellationToken: ct)).ConfigureAwait(false);
        return new NewApplicationKey(new ApplicationKey(id, applicationId, name, hint, createdBy, now, expiresAt, null), secret);
    }

    /// <summary>An application's keys, oldest first.</summary>
    public async Task<IReadOnlyList<ApplicationKey>> KeysAsync(long applicationId, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<ListedKeyRow>(new CommandDefinition(database.Sql("Sharing/Sql/SelectApplicationKeys") +
            " WHERE application_id = @ApplicationId ORDER BY id", new { ApplicationId = applicationId }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => new ApplicationKey(r.Id, r.ApplicationId, r.Name, r.Hint, r.CreatedBy, r.CreatedAt, r.ExpiresAt, r.RevokedAt))];
    }

    /// <summary>Revokes a key of the application; false when it has no such unrevoked key.</summary>
    public async Task<bool> RevokeKeyAsync(long applicationId, long keyId, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteAsync(new CommandDefinition(database.Sql("Sharing/Sql/RevokeApplicationKey"),
            new { Id = keyId, ApplicationId = applicationId, RevokedAt = time.GetUtcNow() }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// The application (id and department) a valid key authenticates, and the key's id: known, unrevoked, unexpired,
    /// application enabled; else null.
    /// </summary>
    public async Task<(long ApplicationId, long DepartmentId, long KeyId)?> AuthenticateAsync(string key, CancellationToken ct = default)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal) || key.Length > 100)
        {
            return null;
        }
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<KeyRow>(new CommandDefinition(
            database.Sql("Sharing/Sql/FindApplicationKey"), new { KeyHash = Hash(key) }, cancellationToken: ct)).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return row is null || !row.Enabled || row.RevokedAt is not null || row.ExpiresAt <= now ? null : (row.ApplicationId, row.DepartmentId, row.KeyId);
    }

    private async Task<IReadOnlyList<Application>> QueryAsync(string tail, object parameters, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<Application>(new CommandDefinition(database.Sql("Sharing/Sql/SelectApplications") + tail, parameters, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows];
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private sealed class KeyRow
    {
        public long KeyId { get; set; }
        public DateTimeOffset? ExpiresAt { get; set; }
        public DateTimeOffset? RevokedAt { get; set; }
        public long ApplicationId { get; set; }
        public long DepartmentId { get; set; }
        public bool Enabled { get; set; }
    }

    private sealed class ListedKeyRow
    {
        public long Id { get; set; }
        public long ApplicationId { get; set; }
        public string Name { get; set; } = "";
        public string Hint { get; set; } = "";
        public string CreatedBy { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? ExpiresAt { get; set; }
        public DateTimeOffset? RevokedAt { get; set; }
    }
}
