using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Governance.Tickets;
using Zhongyuan.Identity;
using Zhongyuan.Ingest;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Catalog;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Governance.Tickets;

/// <summary>
/// A migrated database with two departments, the published population resource of 省公安厅, three accounts (a police data
/// steward, a police user without data:write, an environment analyst as the usual reporter) and a ticket service on a fake clock.
/// </summary>
internal sealed class TicketFixture
{
    /// <summary>Monday 2026-01-05 09:00 China time.</summary>
    public static readonly DateTimeOffset Monday = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    private TicketFixture(Database database, FakeTimeProvider clock, string code, long police, long env)
    {
        Database = database;
        Clock = clock;
        ResourceCode = code;
        PoliceId = police;
        EnvId = env;
        Store = new TicketStore(database);
        Datasets = new DatasetStore(database, clock);
        Plane = new DataPlane(Directory.CreateTempSubdirectory("zy-tickets-").FullName);
        Service = new TicketService(Store, new ResourceStore(database), Datasets, Plane, new TicketOptions(), clock);
    }

    public Database Database { get; }
    public FakeTimeProvider Clock { get; }
    public string ResourceCode { get; }
    public long PoliceId { get; }
    public long EnvId { get; }
    public TicketStore Store { get; }
    public DatasetStore Datasets { get; }
    public DataPlane Plane { get; }
    public TicketService Service { get; }
    public TicketActor Steward { get; private set; } = null!;
    public TicketActor PoliceUser { get; private set; } = null!;
    public TicketActor Reporter { get; private set; } = null!;

    public static async Task<TicketFixture> CreateAsync(string engine)
    {
        var db = await TestDatabases.CreateAsync(engine, "tickets");
        var clock = new FakeTimeProvider(Monday);
        var departments = new DepartmentStore(db, clock);
        var police = await departments.InsertAsync(new NewDepartment("河南省公安厅", "省公安厅", "11410000DM0000017E", "410000", DepartmentLevel.Province, null));
        var env = await departments.InsertAsync(new NewDepartment("河南省生态环境厅", "省生态环境厅", "11410000DM0000025X", "410000", DepartmentLevel.Province, null));
        var catalog = new CatalogService(new ResourceStore(db), departments, new RecordingIndex(), clock, _ => true);
        var code = (await catalog.CreateAsync(new NewResource(police, SampleMetadata.Population()), "steward")).Value!.Code;
        await catalog.SubmitAsync(code, "steward");
        await catalog.PublishAsync(code, "admin");
        var f = new TicketFixture(db, clock, code, police, env);
        f.Steward = new TicketActor(await f.UserAsync("police-steward", police), "police-steward", police, IsAdmin: false, CanWriteData: true);
        f.PoliceUser = new TicketActor(await f.UserAsync("police-user", police), "police-user", police, IsAdmin: false, CanWriteData: false);
        f.Reporter = new TicketActor(await f.UserAsync("env-analyst", env), "env-analyst", env, IsAdmin: false, CanWriteData: false);
        return f;
    }

    /// <summary>An administrator without a department.</summary>
    public async Task<TicketActor> AdminAsync() => new(await UserAsync("admin", null), "admin", null, IsAdmin: true, CanWriteData: true);

    /// <summary>A ticket on the name of row 1 of the current version, filed by <see cref="Reporter"/>.</summary>
    public NewTicket NameTicket(int? version = null) =>
        new(ResourceCode, version, 1, JsonDocument.Parse("""{"公民身份号码":"410105199001011234"}""").RootElement, "姓名", "姓名与户籍登记不符", "张三");

    /// <summary>Commits a data version of <paramref name="rows"/> rows (metadata only; no file) and returns its number.</summary>
    public async Task<int> AddVersionAsync(long rows)
    {
        var jobId = Guid.NewGuid().ToString("N");
        await Datasets.InsertJobAsync(new LoadJob
        {
            Id = jobId, ResourceCode = ResourceCode, State = LoadState.Succeeded, Mode = LoadMode.Full, Source = "people.csv",
            CreatedBy = "police-steward", CreatedAt = Clock.GetUtcNow(),
        });
        return await Datasets.InsertVersionAsync(new DatasetVersion
        {
            ResourceCode = ResourceCode, Version = 0, JobId = jobId, Mode = LoadMode.Full, Source = "people.csv", File = $"datasets/{jobId}.parquet",
            RowCount = rows, RowsRejected = 0, Inserted = rows, Updated = 0, Deleted = 0, Bytes = 1, Columns = [],
            Profile = JsonDocument.Parse("[]").RootElement, LoadedBy = "police-steward", LoadedAt = Clock.GetUtcNow(),
        });
    }

    private async Task<long> UserAsync(string username, long? department)
    {
        await using var c = await Database.OpenAsync();
        return await c.ExecuteScalarAsync<long>(Database.Sql("Identity/Sql/InsertUser"), new
        {
            Username = username, DisplayName = username, PasswordHash = "x", Role = nameof(Role.DepartmentUser), DepartmentId = department,
            MustChangePassword = false, CreatedAt = Clock.GetUtcNow(),
        });
    }
}
