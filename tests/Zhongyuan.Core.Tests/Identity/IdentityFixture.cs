using Npgsql;
using Zhongyuan.Audit;
using Zhongyuan.Departments;
using Zhongyuan.Identity;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Audit;

namespace Zhongyuan.Tests.Identity;

/// <summary>
/// A migrated database with the three bootstrap administrators, one department, the identity services on a fake clock,
/// and the audit log they write to.
/// </summary>
internal sealed class IdentityFixture : IAsyncDisposable
{
    private IdentityFixture(AuditFixture audit, SecurityOptions options)
    {
        Audit = audit;
        Store = new IdentityStore(audit.Database, audit.Time);
        Users = new UserAdministration(Store, Hashing, audit.Log);
        SignIn = new SignInService(Store, Hashing, audit.Log, options, audit.Time);
        Tokens = new ApiTokens(Store, audit.Log, options, audit.Time);
    }

    public AuditFixture Audit { get; }
    public IPasswordHashing Hashing { get; } = new PlainHashing();
    public IdentityStore Store { get; }
    public UserAdministration Users { get; }
    public SignInService SignIn { get; }
    public ApiTokens Tokens { get; }
    public BootstrapCredentials Bootstrap { get; private set; } = null!;
    public long DepartmentId { get; private set; }
    public IdentityActor SystemAdmin { get; private set; } = null!;
    public IdentityActor SecurityAdmin { get; private set; } = null!;
    public IdentityActor AuditAdmin { get; private set; } = null!;

    public static async Task<IdentityFixture> CreateAsync(string engine, SecurityOptions? options = null)
    {
        var f = new IdentityFixture(await AuditFixture.CreateAsync(engine), options ?? new SecurityOptions());
        f.Bootstrap = (await f.Store.BootstrapAsync(f.Hashing.Hash))!;
        f.DepartmentId = await new DepartmentStore(f.Audit.Database, f.Audit.Time).InsertAsync(
            new NewDepartment("河南省公安厅", "省公安厅", "11410000DM0000017E", "410000", DepartmentLevel.Province, null));
        f.SystemAdmin = await f.ActorAsync("admin");
        f.SecurityAdmin = await f.ActorAsync("secadmin");
        f.AuditAdmin = await f.ActorAsync("auditadmin");
        return f;
    }

    public async Task<IdentityActor> ActorAsync(string username)
    {
        var u = (await Store.FindUserAsync(username))!;
        return new IdentityActor(u.Id, u.Username, u.Role, u.DepartmentId, "10.1.2.3");
    }

    /// <summary>Creates a department user as the system administrator and returns it with its initial password.</summary>
    public async Task<IssuedPassword> CreateUserAsync(string username, Role role = Role.DepartmentUser)
    {
        var outcome = await Users.CreateAsync(new NewUser(username, "张伟", role, role == Role.Developer ? null : DepartmentId), SystemAdmin);
        Assert.True(outcome.Succeeded, outcome.Problem?.Title.En);
        return outcome.Value;
    }

    /// <summary>The committed audit events of an action, newest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> EventsAsync(string action)
    {
        await Audit.Log.FlushAsync();
        return (await Audit.Trail.QueryAsync(new AuditQuery(Action: action))).Items;
    }

    public async ValueTask DisposeAsync()
    {
        var (dialect, connectionString) = (Audit.Database.Dialect, Audit.Database.ConnectionString);
        await Audit.DisposeAsync();
        if (dialect == SqlDialect.Postgres)
        {
            // The migrator's connections stay idle in the pool of this database's connection string for minutes; the
            // shared test cluster has a connection limit, so hand them back now.
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    /// <summary>A transparent stand-in for the ASP.NET Core hasher: the store only needs Hash and Verify to agree.</summary>
    private sealed class PlainHashing : IPasswordHashing
    {
        public string Hash(string password) => "plain:" + password;

        public bool Verify(string hash, string password) => string.Equals(hash, "plain:" + password, StringComparison.Ordinal);
    }
}
