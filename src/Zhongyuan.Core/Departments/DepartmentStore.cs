using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Departments;

/// <summary>Reads and writes departments in the control-plane database.</summary>
public sealed class DepartmentStore(Database database, TimeProvider time)
{
    /// <summary>All departments, by id.</summary>
    public async Task<IReadOnlyList<Department>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(database.Sql("Departments/Sql/List") + " ORDER BY id", cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToDepartment())];
    }

    /// <summary>A department by id, or null.</summary>
    public async Task<Department?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            database.Sql("Departments/Sql/List") + " WHERE id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
        return row?.ToDepartment();
    }

    /// <summary>A department by its full name, short name or credit code, or null.</summary>
    public async Task<Department?> FindAsync(string nameOrCode, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            database.Sql("Departments/Sql/List") + " WHERE name = @Key OR short_name = @Key OR credit_code = @Key ORDER BY id",
            new { Key = nameOrCode.Trim() }, cancellationToken: ct)).ConfigureAwait(false);
        return row?.ToDepartment();
    }

    /// <summary>Creates a department and returns its id.</summary>
    public async Task<long> InsertAsync(NewDepartment department, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            database.Sql("Departments/Sql/Insert"),
            new
            {
                department.Name, department.ShortName, department.CreditCode, department.RegionCode,
                Level = department.Level.ToString(), department.ParentId, CreatedAt = time.GetUtcNow(),
            },
            cancellationToken: ct)).ConfigureAwait(false);
    }

    private sealed record Row(long Id, string Name, string ShortName, string CreditCode, string RegionCode, string Level, long? ParentId)
    {
        public Department ToDepartment() =>
            new(Id, Name, ShortName, CreditCode, RegionCode, Enum.Parse<DepartmentLevel>(Level), ParentId);
    }
}
