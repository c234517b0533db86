using Dapper;
using Microsoft.Extensions.Time.Testing;
using Zhongyuan.Catalog;
using Zhongyuan.Community;
using Zhongyuan.Departments;
using Zhongyuan.Identity;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Catalog;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Community;

/// <summary>
/// A migrated database with two departments, a published resource of 省公安厅, the community stores and services on a fake
/// clock, and actors: a member of the public, the police data steward, the environment data steward, an administrator.
/// </summary>
internal sealed class CommunityFixture
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private CommunityFixture(Database database, FakeTimeProvider clock)
    {
        Database = database;
        Clock = clock;
        var resources = new ResourceStore(database);
        Showcase = new ShowcaseStore(database);
        Requests = new DataRequestStore(database);
        Feedback = new FeedbackStore(database);
        ShowcaseService = new ShowcaseService(Showcase, resources, clock);
        RequestService = new DataRequestService(Requests, new DepartmentStore(database, clock), clock);
        FeedbackService = new FeedbackService(Feedback, resources, clock);
    }

    public Database Database { get; }
    public FakeTimeProvider Clock { get; }
    public ShowcaseStore Showcase { get; }
    public DataRequestStore Requests { get; }
    public FeedbackStore Feedback { get; }
    public ShowcaseService ShowcaseService { get; }
    public DataRequestService RequestService { get; }
    public FeedbackService FeedbackService { get; }
    public string ResourceCode { get; private set; } = "";
    public long PoliceId { get; private set; }
    public long EnvId { get; private set; }
    public CommunityActor Public { get; private set; } = null!;
    public CommunityActor PoliceSteward { get; private set; } = null!;
    public CommunityActor EnvSteward { get; private set; } = null!;
    public CommunityActor Admin { get; private set; } = null!;

    public static async Task<CommunityFixture> CreateAsync(string engine)
    {
        var db = await TestDatabases.CreateAsync(engine, "community");
        var f = new CommunityFixture(db, new FakeTimeProvider(Start));
        var departments = new DepartmentStore(db, f.Clock);
        f.PoliceId = await departments.InsertAsync(new NewDepartment("河南省公安厅", "省公安厅", "11410000DM0000017E", "410000", DepartmentLevel.Province, null));
        f.EnvId = await departments.InsertAsync(new NewDepartment("河南省生态环境厅", "省生态环境厅", "11410000DM0000025X", "410000", DepartmentLevel.Province, null));
        var catalog = new CatalogService(new ResourceStore(db), departments, new RecordingIndex(), f.Clock, _ => true);
        f.ResourceCode = (await catalog.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.Population()), "steward")).Value!.Code;
        await catalog.SubmitAsync(f.ResourceCode, "steward");
        await catalog.PublishAsync(f.ResourceCode, "admin");
        f.Public = new CommunityActor(await f.UserAsync("developer", null), "developer", null, IsAdmin: false, CanWriteData: false);
        f.PoliceSteward = new CommunityActor(await f.UserAsync("police-steward", f.PoliceId), "police-steward", f.PoliceId, false, true);
        f.EnvSteward = new CommunityActor(await f.UserAsync("env-steward", f.EnvId), "env-steward", f.EnvId, false, true);
        f.Admin = new CommunityActor(await f.UserAsync("admin", null), "admin", null, IsAdmin: true, CanWriteData: true);
        return f;
    }

    /// <summary>A valid showcase submission using the fixture's resource.</summary>
    public NewShowcaseEntry Submission(string title = "户籍人口地图") =>
        new(title, "visualisation", "按区县展示户籍人口。", "https://example.org/map", [ResourceCode]);

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
