using System.Data.Common;
using Dapper;
using Zhongyuan.Departments;
using Zhongyuan.Identity;
using Zhongyuan.Storage;

namespace Zhongyuan.Developers;

/// <summary>
/// Developer accounts (a <c>users</c> row of role Developer and a <c>developers</c> row with the e-mail, committed
/// together) and the applications (应用) developers own. Those belong to the pseudo-department 社会开发者, made on first
/// use, and to their owner (<c>applications.owner_user_id</c>).
/// </summary>
public sealed class DeveloperStore(Database database, TimeProvider time)
{
    /// <summary>The credit code that marks the pseudo-department of developers' applications (not a real organisation's).</summary>
    public const string DevelopersCreditCode = "ZY0000DEVELOPERS00";

    /// <summary>Stores a developer account with its e-mail in one transaction; its id, or what was already taken.</summary>
    public async Task<(long Id, SignUpConflict Taken)> RegisterAsync(NewUser user, string passwordHash, string email, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        if (await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Developers/Sql/CountEmail"), new { Email = email }, cancellationToken: ct)).ConfigureAwait(false) > 0)
        {
            return (0, SignUpConflict.Email);
        }
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var now = time.GetUtcNow();
        try
        {
            var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Identity/Sql/InsertUser"), new
            {
                user.Username, user.DisplayName, PasswordHash = passwordHash, Role = user.Role.ToString(), user.DepartmentId,
                MustChangePassword = false, CreatedAt = now,
            }, t, cancellationToken: ct)).ConfigureAwait(false);
            await c.ExecuteAsync(new CommandDefinition(database.Sql("Developers/Sql/InsertDeveloper"), new { UserId = id, Email = email, CreatedAt = now }, t, cancellationToken: ct)).ConfigureAwait(false);
            await t.CommitAsync(ct).ConfigureAwait(false);
            return (id, SignUpConflict.None);
        }
        catch (DbException e) when (DbErrors.IsUniqueViolation(e))
        {
            await t.RollbackAsync(ct).ConfigureAwait(false);
            // A concurrent sign-up took the name or the e-mail between the check and the insert.
            var emailTaken = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Developers/Sql/CountEmail"), new { Email = email }, cancellationToken: ct)).ConfigureAwait(false) > 0;
            return (0, emailTaken ? SignUpConflict.Email : SignUpConflict.Username);
        }
    }

    /// <summary>The id of the pseudo-department 社会开发者 that holds developers' applications, made when missing.</summary>
    public async Task<long> DevelopersDepartmentAsync(CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition(database.Sql("Developers/Sql/FindDevelopersDepartment"),
            new { CreditCode = DevelopersCreditCode }, cancellationToken: ct)).ConfigureAwait(false);
        if (id is { } found)
        {
            return found;
        }
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Developers/Sql/EnsureDevelopersDepartment"), new
        {
            Name = "社会开发者（开放平台注册开发者）", ShortName = "社会开发者", CreditCode = DevelopersCreditCode, RegionCode = "410000",
            Level = DepartmentLevel.Province.ToString(), CreatedAt = time.GetUtcNow(),
        }, cancellationToken: ct)).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Developers/Sql/FindDevelopersDepartment"),
            new { CreditCode = DevelopersCreditCode }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>The developer's application of that name, made (enabled, owned by them) when missing; its id.</summary>
    public async Task<long> OwnedApplicationAsync(long departmentId, long ownerUserId, string name, string description, string createdBy, CancellationToken ct = default)
    {
        var parameters = new
        {
            DepartmentId = departmentId, Name = name, Description = description, Contact = (string?)null, Enabled = true, CreatedBy = createdBy,
            CreatedAt = time.GetUtcNow(), OwnerUserId = ownerUserId,
        };
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition(database.Sql("Developers/Sql/FindOwnedApplication"), parameters, cancellationToken: ct)).ConfigureAwait(false);
        return id ?? await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Developers/Sql/InsertOwnedApplication"), parameters, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Whether the application is owned by the user.</summary>
    public async Task<bool> OwnsAsync(long ownerUserId, long applicationId, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Developers/Sql/CountOwnedApplication"),
            new { Id = applicationId, OwnerUserId = ownerUserId }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    /// <summary>The keys of the developer's applications, newest first.</summary>
    public async Task<IReadOnlyList<DeveloperKey>> KeysAsync(long ownerUserId, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<KeyRow>(new CommandDefinition(database.Sql("Developers/Sql/SelectOwnedKeys"), new { OwnerUserId = ownerUserId }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => new DeveloperKey(r.Id, r.ApplicationId, r.ApplicationName, r.ResourceCode, r.ResourceName, r.Name, r.Hint, r.CreatedAt, r.ExpiresAt, r.RevokedAt))];
    }

    private sealed class KeyRow
    {
        public long Id { get; set; }
        public long ApplicationId { get; set; }
        public string ApplicationName { get; set; } = "";
        public string? ResourceCode { get; set; }
        public string? ResourceName { get; set; }
        public string Name { get; set; } = "";
        public string Hint { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? ExpiresAt { get; set; }
        public DateTimeOffset? RevokedAt { get; set; }
    }
}
