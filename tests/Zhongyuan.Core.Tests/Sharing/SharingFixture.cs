using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Crypto;
using Zhongyuan.Departments;
using Zhongyuan.Identity;
using Zhongyuan.Sharing;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Catalog;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Sharing;

/// <summary>
/// A migrated database with three departments: 省公安厅 provides the conditional population resource and a 不予共享
/// fingerprint resource, 省生态环境厅 the unconditional air-quality resource, 省民政厅 consumes through its application
/// 社会救助审核系统. Accounts: a steward and a plain user of each of 民政厅 and 公安厅, a steward of 生态环境厅 and an
/// administrator. The services run on a fake clock and write to a real audit log.
/// </summary>
internal sealed class SharingFixture : IAsyncDisposable
{
    /// <summary>Wednesday 2026-01-07 09:00 China time: five working days later is Wednesday 01-14, across a weekend.</summary>
    public static readonly DateTimeOffset Wednesday = new DateTimeOffset(2026, 1, 7, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public const string FingerprintBasis = "《中华人民共和国居民身份证法》第六条：指纹信息不得向他人提供";

    private SharingFixture(Database database, FakeTimeProvider clock, AuditLog audit, KeyRing keys)
    {
        Database = database;
        Clock = clock;
        Audit = audit;
        Trail = new AuditTrail(database, keys);
        Applications = new ApplicationStore(database, clock);
        Grants = new GrantStore(database, clock);
        Requests = new ShareRequestStore(database, Grants);
        ApplicationService = new ApplicationService(Applications, new DepartmentStore(database, clock), audit, clock);
        RequestService = new ShareRequestService(Requests, Grants, Applications, new ResourceStore(database), new SharingOptions(), audit, clock);
        GrantService = new GrantService(Grants, audit, clock);
    }

    public Database Database { get; }
    public FakeTimeProvider Clock { get; }
    public AuditLog Audit { get; }
    public AuditTrail Trail { get; }
    public ApplicationStore Applications { get; }
    public GrantStore Grants { get; }
    public ShareRequestStore Requests { get; }
    public ApplicationService ApplicationService { get; }
    public ShareRequestService RequestService { get; }
    public GrantService GrantService { get; }

    public long Police { get; private set; }
    public long Civil { get; private set; }
    public long Env { get; private set; }
    public string Population { get; private set; } = "";
    public string AirQuality { get; private set; } = "";
    public string Fingerprints { get; private set; } = "";
    public long ReliefApp { get; private set; }
    public SharingActor CivilSteward { get; private set; } = null!;
    public SharingActor CivilUser { get; private set; } = null!;
    public SharingActor PoliceSteward { get; private set; } = null!;
    public SharingActor PoliceUser { get; private set; } = null!;
    public SharingActor EnvSteward { get; private set; } = null!;
    public SharingActor Admin { get; private set; } = null!;

    public static async Task<SharingFixture> CreateAsync(string engine)
    {
        var db = await TestDatabases.CreateAsync(engine, "sharing");
        var clock = new FakeTimeProvider(Wednesday);
        var keys = new KeyRing(db, MasterKey.FromBytes(RandomNumberGenerator.GetBytes(16)), TimeProvider.System);
        await keys.LoadAsync();
        var audit = new AuditLog(db, keys, NodeKeys.From(Sm2Signer.Generate()), clock, new AuditOptions(), NullLogger<AuditLog>.Instance);
        var f = new SharingFixture(db, clock, audit, keys);
        await f.SeedAsync();
        return f;
    }

    private async Task SeedAsync()
    {
        var departments = new DepartmentStore(Database, Clock);
        Police = await departments.InsertAsync(new NewDepartment("河南省公安厅", "省公安厅", "11410000DM0000017E", "410000", DepartmentLevel.Province, null));
        Civil = await departments.InsertAsync(new NewDepartment("河南省民政厅", "省民政厅", "11410000DM0000033R", "410000", DepartmentLevel.Province, null));
        Env = await departments.InsertAsync(new NewDepartment("河南省生态环境厅", "省生态环境厅", "11410000DM0000025X", "410000", DepartmentLevel.Province, null));
        var catalog = new CatalogService(new ResourceStore(Database), departments, new RecordingIndex(), Clock, _ => true);
        Population = await PublishAsync(catalog, Police, SampleMetadata.Population());
        AirQuality = await PublishAsync(catalog, Env, SampleMetadata.AirQuality());
        Fingerprints = await PublishAsync(catalog, Police, SampleMetadata.Population("居民指纹信息") with
        {
            ShareType = ShareType.NotShared, ShareConditions = null, ShareBasis = FingerprintBasis,
            Items = [.. SampleMetadata.Population().Items.Select(i => i with { ShareType = ShareType.NotShared })],
        });
        CivilSteward = await UserAsync("civil-steward", Civil, steward: true);
        CivilUser = await UserAsync("civil-user", Civil, steward: false);
        PoliceSteward = await UserAsync("police-steward", Police, steward: true);
        PoliceUser = await UserAsync("police-user", Police, steward: false);
        EnvSteward = await UserAsync("env-steward", Env, steward: true);
        Admin = (await UserAsync("admin", null, steward: true)) with { IsAdmin = true };
        ReliefApp = (await ApplicationService.CreateAsync(Civil, new ApplicationInput("社会救助审核系统", "低保、特困人员资格审核", "王科长 0371-12345678", true), CivilSteward)).Value!.Id;
    }

    /// <summary>A conditional request of the population resource by 民政厅's application.</summary>
    public NewShareRequest PopulationRequest(bool complex = false) => new(
        Population, ReliefApp, "低保资格审核中核验申请人身份和户籍", "《社会救助暂行办法》第十一条", ["公民身份号码", "姓名", "户籍地址", "出生日期"],
        "户籍地址 like '郑州市%'", null, null, "每日约 2000 次查询", complex);

    /// <summary>Waits until the audit log committed everything appended so far and returns the events of an action.</summary>
    public async Task<IReadOnlyList<AuditRecord>> AuditedAsync(string action)
    {
        await Audit.FlushAsync();
        return (await Trail.QueryAsync(new AuditQuery(Action: action), limit: 1000)).Items;
    }

    public async ValueTask DisposeAsync()
    {
        await Audit.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static async Task<string> PublishAsync(CatalogService catalog, long provider, ResourceMetadata metadata)
    {
        var created = await catalog.CreateAsync(new NewResource(provider, metadata), "steward");
        Assert.True(created.Succeeded, string.Join("; ", created.Problem?.Errors.Select(e => e.Message.En) ?? []));
        await catalog.SubmitAsync(created.Value!.Code, "steward");
        await catalog.PublishAsync(created.Value.Code, "admin");
        return created.Value.Code;
    }

    private async Task<SharingActor> UserAsync(string username, long? department, bool steward)
    {
        await using var c = await Database.OpenAsync();
        var id = await c.ExecuteScalarAsync<long>(Database.Sql("Identity/Sql/InsertUser"), new
        {
            Username = username, DisplayName = username, PasswordHash = "x", Role = nameof(Role.DepartmentUser), DepartmentId = department,
            MustChangePassword = false, CreatedAt = Clock.GetUtcNow(),
        });
        return new SharingActor(id, username, department, IsAdmin: false, CanWriteData: steward);
    }
}
