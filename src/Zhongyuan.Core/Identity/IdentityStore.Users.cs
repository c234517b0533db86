using Dapper;

namespace Zhongyuan.Identity;

/// <summary>Account storage: the rules (who may do what) live in <see cref="UserAdministration"/>.</summary>
public sealed partial class IdentityStore
{
    /// <summary>Creates an account with a password hash and returns its id.</summary>
    public async Task<long> InsertUserAsync(NewUser user, string passwordHash, bool mustChangePassword, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Identity/Sql/InsertUser"), new
        {
            user.Username, user.DisplayName, PasswordHash = passwordHash, Role = user.Role.ToString(), user.DepartmentId,
            MustChangePassword = mustChangePassword, CreatedAt = time.GetUtcNow(),
        }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>The account with this id, or null.</summary>
    public async Task<UserAccount?> FindUserAsync(long id, CancellationToken ct = default) =>
        (await FindRowAsync("Identity/Sql/FindUser", new { Id = id }, ct).ConfigureAwait(false))?.ToAccount();

    /// <summary>The account with this username, or null.</summary>
    public async Task<UserAccount?> FindUserAsync(string username, CancellationToken ct = default) =>
        (await FindRowAsync("Identity/Sql/FindUserByName", new { Username = username }, ct).ConfigureAwait(false))?.ToAccount();

    /// <summary>The stored password hash of an account, or null when there is no such account.</summary>
    public async Task<string?> PasswordHashAsync(long id, CancellationToken ct = default) =>
        (await FindRowAsync("Identity/Sql/FindUser", new { Id = id }, ct).ConfigureAwait(false))?.PasswordHash;

    /// <summary>A page of accounts matching the query, ordered by username.</summary>
    public async Task<UserPage> ListUsersAsync(UserQuery query, CancellationToken ct = default)
    {
        var parameters = new
        {
            Pattern = string.IsNullOrWhiteSpace(query.Search) ? null : "%" + query.Search.Trim().ToLowerInvariant() + "%",
            Role = query.Role?.ToString(), query.DepartmentId, Disabled = query.Disabled is { } d ? (d ? 1 : 0) : (int?)null,
            Limit = Math.Clamp(query.Limit, 1, 500), Offset = Math.Max(query.Offset, 0),
        };
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<UserRow>(new CommandDefinition(database.Sql("Identity/Sql/ListUsers"), parameters, cancellationToken: ct)).ConfigureAwait(false);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Identity/Sql/CountMatchingUsers"), parameters, cancellationToken: ct)).ConfigureAwait(false);
        return new UserPage([.. rows.Select(r => r.ToAccount())], total);
    }

    /// <summary>Sets the display name and department.</summary>
    public Task<bool> UpdateProfileAsync(long id, string displayName, long? departmentId, CancellationToken ct = default) =>
        ExecuteAsync("Identity/Sql/UpdateProfile", new { Id = id, DisplayName = displayName, DepartmentId = departmentId }, ct);

    /// <summary>
    /// Replaces the account's one role (and department), ending its sessions. When <paramref name="guard"/> is given,
    /// the change happens only if another active account holds that role; returns whether it happened.
    /// </summary>
    public Task<bool> SetRoleAsync(long id, Role role, long? departmentId, Role? guard, CancellationToken ct = default) =>
        ExecuteAsync("Identity/Sql/SetRole", new { Id = id, Role = role.ToString(), DepartmentId = departmentId, Guard = guard?.ToString() }, ct);

    /// <summary>
    /// Disables (at the current time) or enables the account, ending its sessions. When <paramref name="guard"/> is
    /// given, the change happens only if another active account holds that role; returns whether it happened.
    /// </summary>
    public Task<bool> SetDisabledAsync(long id, bool disabled, Role? guard, CancellationToken ct = default) =>
        ExecuteAsync("Identity/Sql/SetDisabled", new { Id = id, DisabledAt = disabled ? time.GetUtcNow() : (DateTimeOffset?)null, Guard = guard?.ToString() }, ct);

    /// <summary>Stores a new password hash, clears any lockout and ends the account's sessions.</summary>
    public Task<bool> SetPasswordAsync(long id, string passwordHash, bool mustChangePassword, CancellationToken ct = default) =>
        ExecuteAsync("Identity/Sql/SetPassword", new { Id = id, PasswordHash = passwordHash, MustChangePassword = mustChangePassword }, ct);

    /// <summary>Counts a failed sign-in and returns the consecutive failures so far.</summary>
    public async Task<int> CountFailedSignInAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<int>(new CommandDefinition(database.Sql("Identity/Sql/CountFailedSignIn"), new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Locks the account until the given time and restarts the failure count.</summary>
    public Task<bool> LockAsync(long id, DateTimeOffset until, CancellationToken ct = default) =>
        ExecuteAsync("Identity/Sql/LockUser", new { Id = id, LockedUntil = until }, ct);

    /// <summary>Records a successful sign-in: clears failures and lockout.</summary>
    public Task<bool> RecordSignInAsync(long id, CancellationToken ct = default) =>
        ExecuteAsync("Identity/Sql/RecordSignIn", new { Id = id, At = time.GetUtcNow() }, ct);

    /// <summary>Whether a department with this id exists.</summary>
    public async Task<bool> DepartmentExistsAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Identity/Sql/DepartmentExists"), new { Id = id }, cancellationToken: ct)).ConfigureAwait(false) > 0;
    }

    private async Task<UserRow?> FindRowAsync(string sql, object parameters, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.QueryFirstOrDefaultAsync<UserRow>(new CommandDefinition(database.Sql(sql), parameters, cancellationToken: ct)).ConfigureAwait(false);
    }

    private async Task<bool> ExecuteAsync(string sql, object parameters, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteAsync(new CommandDefinition(database.Sql(sql), parameters, cancellationToken: ct)).ConfigureAwait(false) > 0;
    }

    private sealed class UserRow
    {
        public long Id { get; set; }
        public string Username { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Role { get; set; } = "";
        public long? DepartmentId { get; set; }
        public bool MustChangePassword { get; set; }
        public DateTimeOffset? DisabledAt { get; set; }
        public DateTimeOffset? LockedUntil { get; set; }
        public int FailedSignIns { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? LastSignInAt { get; set; }
        public int SessionVersion { get; set; }
        public string PasswordHash { get; set; } = "";

        public UserAccount ToAccount() => new(Id, Username, DisplayName, Enum.Parse<Role>(Role), DepartmentId, MustChangePassword,
            DisabledAt, LockedUntil, FailedSignIns, CreatedAt, LastSignInAt, SessionVersion);
    }
}
