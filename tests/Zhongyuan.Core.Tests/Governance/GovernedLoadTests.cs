using System.Text;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Governance;
using Zhongyuan.Governance.Quality;
using Zhongyuan.Identifiers;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Regions;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Catalog;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Governance;

/// <summary>Rules during loads and the quality assessment of the version, on small datasets whose scores are worked out by hand.</summary>
public sealed class GovernedLoadTests
{
    private sealed record Fixture(Database Db, DataPlane Plane, DatasetStore Store, QualityStore Quality, LoadPipeline Pipeline, CatalogService Catalog, long Police, QualityService Service);

    private static async Task<Fixture> CreateAsync(string engine)
    {
        var db = await TestDatabases.CreateAsync(engine, "governance");
        var departments = new DepartmentStore(db, TimeProvider.System);
        var police = await departments.InsertAsync(new NewDepartment("河南省公安厅", "省公安厅", "11410000DM0000017E", "410000", DepartmentLevel.Province, null));
        var resources = new ResourceStore(db);
        var catalog = new CatalogService(resources, departments, new RecordingIndex(), TimeProvider.System, c => RegionCatalog.Henan.Find(c) is not null);
        var plane = new DataPlane(Directory.CreateTempSubdirectory("zy-governance-").FullName);
        var store = new DatasetStore(db, TimeProvider.System);
        var quality = new QualityStore(db);
        return new Fixture(db, plane, store, quality, new LoadPipeline(plane, store, quality, TimeProvider.System), catalog, police,
            new QualityService(plane, store, quality, resources, departments, TimeProvider.System));
    }

    /// <summary>A valid resident ID number.</summary>
    internal static string Id(string region, string birth, int sequence)
    {
        var first17 = region + birth + sequence.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    private static ResourceMetadata Persons(string name = "人员登记信息") => SampleMetadata.Population(name) with
    {
        UpdateCycle = UpdateCycle.Irregular,
        Items =
        [
            new("公民身份号码", ItemDataType.Text, 18, "DE00001", IsKey: true, Rules: [new ItemRule(RuleLibrary.IdNumber)]),
            new("姓名", ItemDataType.Text, 50, "DE00002"),
            new("性别", ItemDataType.Text, 2),
            new("出生日期", ItemDataType.Date),
            new("手机号码", ItemDataType.Text, 20, "DE00006"),
            new("开始日期", ItemDataType.Date),
            new("结束日期", ItemDataType.Date),
        ],
        QualityRules =
        [
            new CrossRule { Kind = CrossRuleKind.IdAgrees, IdItem = "公民身份号码", BirthDateItem = "出生日期", SexItem = "性别" },
            new CrossRule { Kind = CrossRuleKind.DateOrder, StartItem = "开始日期", EndItem = "结束日期" },
        ],
    };

    private static async Task<Resource> CreateAsync(Fixture f, ResourceMetadata m)
    {
        var outcome = await f.Catalog.CreateAsync(new NewResource(f.Police, m), "steward");
        Assert.True(outcome.Value is not null, string.Join("; ", outcome.Problem?.Errors.Select(e => e.Field + " " + e.Code) ?? []));
        return outcome.Value!;
    }

    private static async Task<(DatasetVersion Version, LoadReport Report)> LoadAsync(Fixture f, Resource resource, string csv, bool rules = true)
    {
        var job = Guid.NewGuid().ToString("N");
        var path = Path.Combine(f.Plane.StagingFor(job), "source.csv");
        await File.WriteAllTextAsync(path, csv, new UTF8Encoding(false));
        await f.Store.InsertJobAsync(new LoadJob
        {
            Id = job, ResourceCode = resource.Code, State = LoadState.Running, Mode = LoadMode.Full, Source = "source.csv", CreatedBy = "steward", CreatedAt = TimeProvider.System.GetUtcNow(),
        });
        return await f.Pipeline.RunAsync(new LoadRequest(job, resource, path, "source.csv", LoadMode.Full, "steward") { MaxRejectRatio = 0.5, ApplyRules = rules },
            new LoadProgress(), CancellationToken.None);
    }

    private static readonly string Male = Id("410105", "19900307", 11);
    private static readonly string Female = Id("410102", "19851231", 22);
    private static readonly string Other = Id("410103", "20000101", 33);

    /// <summary>
    /// Five rows: 1 good; 2 sex disagrees with the ID and the end is before the start, its phone needs standardising;
    /// 3 a wrong check character (rejected); 4 repeats row 1's key and has a bad phone; 5 has four empty cells.
    /// </summary>
    private static string HandChecked() =>
        "公民身份号码,姓名,性别,出生日期,手机号码,开始日期,结束日期\n" +
        $"{Male},张三,男,1990-03-07,13800138000,2020-01-01,2021-01-01\n" +
        $"{Female},李四,男,1985-12-31,+86 139-0013-9000,2020-01-01,2019-01-01\n" +
        $"{Male[..17]}{(Male[17] == '1' ? '2' : '1')},错号,男,1990-03-07,13800138000,2020-01-01,2021-01-01\n" +
        $"{Male},王五,男,1990-03-07,12345,,\n" +
        $"{Other},赵六,,,,,\n";

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Load_HandCheckedRows_ScoresAsWorkedOut(string engine)
    {
        var f = await CreateAsync(engine);
        var resource = await CreateAsync(f, Persons());

        var (version, report) = await LoadAsync(f, resource, HandChecked());

        Assert.Equal(4, version.RowCount);
        Assert.Equal(1, version.RowsRejected);
        Assert.Equal(1, report.RejectReasons["id_number.bad_check_character"]);
        Assert.Equal(1, report.Standardized!.Single(s => s.Rule == RuleLibrary.MobileNormalize).Changed);
        var quality = (await f.Quality.FindAsync(resource.Code, version.Version))!.Assessment;
        // 28 cells, 7 empty; 1 rejected + 1 flagged of 5; 1 repeated key of 4; 1 inconsistent row of 4 (two rules, one row).
        Assert.Equal(new QualityScores(75.0, 60.0, 75.0, 75.0, null), quality.Scores);
        Assert.Equal(69.7, quality.Scores.Overall);
        Assert.Equal([0L, 1, 1, 1, 1], quality.Rules.Select(r => r.FailedRows));
        Assert.Equal(["id_region_year", "mobile", "idAgrees", "dateOrder", "key"], quality.Rules.Select(r => r.Rule));
        Assert.Equal(50.0, quality.ItemCompleteness["开始日期"]);
    }

    [Fact]
    public async Task Load_Standardised_StoredValueRewritten()
    {
        var f = await CreateAsync("sqlite");
        var resource = await CreateAsync(f, Persons());

        var (version, _) = await LoadAsync(f, resource, HandChecked());

        using var duck = DataPlane.OpenReader();
        var page = RowsReader.Query(duck, f.Plane.Full(version.File), version.Columns, new RowsRequest(Filter: FilterParser.Parse("姓名 = '李四'")));
        Assert.Equal("13900139000", Assert.Single(page.Rows)[4]);
    }

    [Fact]
    public async Task Load_RulesOff_NothingRejectedOrRewritten()
    {
        var f = await CreateAsync("sqlite");
        var resource = await CreateAsync(f, Persons());

        var (version, report) = await LoadAsync(f, resource, HandChecked(), rules: false);

        Assert.Equal(5, version.RowCount);
        Assert.Empty(report.Standardized!);
        Assert.Null(await f.Quality.FindAsync(resource.Code, version.Version));
    }

    [Fact]
    public async Task Failures_OfOneRule_ListsTheRowWithItsValuesAndMessage()
    {
        var f = await CreateAsync("sqlite");
        var resource = await CreateAsync(f, Persons());
        var (version, _) = await LoadAsync(f, resource, HandChecked());
        var assessment = (await f.Quality.FindAsync(resource.Code, version.Version))!.Assessment;
        var dateOrder = assessment.Rules.Single(r => r.Rule == "dateOrder").Index;

        var page = QualityService.Failures(f.Plane, version, assessment, dateOrder, 10, 0, english: false);

        Assert.Equal(1, page.Total);
        var row = Assert.Single(page.Rows);
        Assert.Equal(QualityCodes.DateOrder, row[1]);
        Assert.Equal("结束日期早于开始日期", row[2]);
        Assert.Equal("李四", row[page.Columns.ToList().IndexOf("姓名")]);
        Assert.Equal(4, QualityService.Failures(f.Plane, version, assessment, null, 10, 0, english: true).Total);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Load_ExistsInRule_JoinsWithOtherResourcesCurrentVersion(string engine)
    {
        var f = await CreateAsync(engine);
        var population = await CreateAsync(f, Persons("人口库"));
        var enterprises = await CreateAsync(f, SampleMetadata.Population("企业法人信息") with
        {
            UpdateCycle = UpdateCycle.Irregular,
            Items = [new("企业名称", ItemDataType.Text, 50, IsKey: true), new("法定代表人公民身份号码", ItemDataType.Text, 18, "DE00001")],
            QualityRules = [new CrossRule { Kind = CrossRuleKind.ExistsIn, KeyItem = "法定代表人公民身份号码", Resource = population.Code, TargetItem = "公民身份号码" }],
        });
        var csv = $"企业名称,法定代表人公民身份号码\n甲公司,{Male}\n乙公司,{Id("410105", "19700101", 1)}\n丙公司,\n";

        var (before, _) = await LoadAsync(f, enterprises, csv);
        await LoadAsync(f, population, HandChecked());
        var (after, _) = await LoadAsync(f, enterprises, csv);

        var unavailable = (await f.Quality.FindAsync(enterprises.Code, before.Version))!.Assessment;
        Assert.False(Assert.Single(unavailable.Rules, r => r.Rule == "existsIn").Available);
        Assert.Null(unavailable.Scores.Consistency);
        var joined = (await f.Quality.FindAsync(enterprises.Code, after.Version))!.Assessment;
        Assert.Equal(1, joined.Rules.Single(r => r.Rule == "existsIn").FailedRows);
        Assert.Equal(66.7, joined.Scores.Consistency);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Report_AssessmentMissing_AssessedOnDemandAndHistoryKept(string engine)
    {
        var f = await CreateAsync(engine);
        var resource = await CreateAsync(f, Persons());
        await LoadAsync(f, resource, HandChecked());
        var (second, _) = await LoadAsync(f, resource, HandChecked().Replace("王五,男,1990-03-07,12345", "王五,男,1990-03-07,13800000000", StringComparison.Ordinal));
        await using (var c = await f.Db.OpenAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(c, "DELETE FROM quality_assessments WHERE version = 2");
        }

        var report = await f.Service.ReportAsync(resource, null);

        Assert.Equal(second.Version, report!.Assessment.Version);
        Assert.Equal(80.0, report.Scores.Validity);
        var history = await f.Service.HistoryAsync(resource);
        Assert.Equal([60.0, 80.0], history.Select(h => h.Scores.Validity!.Value));
        Assert.NotNull(history[0].ReplacedAt);
        Assert.Null(history[1].ReplacedAt);
    }

    [Fact]
    public async Task Ranking_DepartmentWithData_RankedFirstOthersUnranked()
    {
        var f = await CreateAsync("sqlite");
        var departments = new DepartmentStore(f.Db, TimeProvider.System);
        await departments.InsertAsync(new NewDepartment("河南省民政厅", "省民政厅", UnifiedSocialCreditCode.Create('1', '1', "410000", "DM000099"), "410000", DepartmentLevel.Province, null));
        var resource = await CreateAsync(f, Persons());
        await LoadAsync(f, resource, HandChecked());

        var ranking = await f.Service.RankingAsync(DepartmentLevel.Province);

        Assert.Equal((1, f.Police, 69.7), (ranking[0].Rank, ranking[0].DepartmentId, ranking[0].Overall));
        Assert.Equal(0, ranking[1].Rank);
        var department = (await f.Service.DepartmentAsync(f.Police))!;
        Assert.Equal(resource.Code, Assert.Single(department.Resources).Code);
    }
}
