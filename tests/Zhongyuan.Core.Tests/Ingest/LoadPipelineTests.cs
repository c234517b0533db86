using System.Text;
using DuckDB.NET.Data;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Regions;
using Zhongyuan.Tests.Catalog;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Ingest;

public sealed class LoadPipelineTests
{
    private const string Header = "公民身份号码,姓名,性别,出生日期,户籍地址\n";

    static LoadPipelineTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private sealed record Fixture(DataPlane Plane, DatasetStore Store, LoadPipeline Pipeline, Resource Resource);

    private static async Task<Fixture> CreateAsync(string engine = "sqlite")
    {
        var db = await TestDatabases.CreateAsync(engine, "ingest");
        var departments = new DepartmentStore(db, TimeProvider.System);
        var police = await departments.InsertAsync(new NewDepartment("河南省公安厅", "省公安厅", "11410000DM0000017E", "410000", DepartmentLevel.Province, null));
        var catalog = new CatalogService(new ResourceStore(db), departments, new RecordingIndex(), TimeProvider.System, c => RegionCatalog.Henan.Find(c) is not null);
        var resource = (await catalog.CreateAsync(new NewResource(police, SampleMetadata.Population()), "steward")).Value!;
        var plane = new DataPlane(Directory.CreateTempSubdirectory("zy-ingest-").FullName);
        var store = new DatasetStore(db, TimeProvider.System);
        return new Fixture(plane, store, new LoadPipeline(plane, store, new Zhongyuan.Governance.Quality.QualityStore(db), TimeProvider.System), resource);
    }

    private static async Task<(DatasetVersion Version, LoadReport Report)> LoadAsync(
        Fixture f, string text, string name = "people.csv", Encoding? encoding = null, LoadMode mode = LoadMode.Full, double ratio = 0.05)
    {
        var job = Guid.NewGuid().ToString("N");
        var path = Path.Combine(f.Plane.StagingFor(job), "source" + Path.GetExtension(name));
        await File.WriteAllBytesAsync(path, (encoding ?? new UTF8Encoding(false)).GetBytes(text));
        await f.Store.InsertJobAsync(new LoadJob
        {
            Id = job, ResourceCode = f.Resource.Code, State = LoadState.Running, Mode = mode, Source = name, CreatedBy = "steward", CreatedAt = TimeProvider.System.GetUtcNow(),
        });
        return await f.Pipeline.RunAsync(new LoadRequest(job, f.Resource, path, name, mode, "steward") { MaxRejectRatio = ratio }, new LoadProgress(), CancellationToken.None);
    }

    /// <summary>Runs the pipeline on a file already in a job's staging directory, as the job runner would.</summary>
    private static async Task<(DatasetVersion Version, LoadReport Report)> RunFileAsync(Fixture f, string job, string path, string name)
    {
        await f.Store.InsertJobAsync(new LoadJob
        {
            Id = job, ResourceCode = f.Resource.Code, State = LoadState.Running, Mode = LoadMode.Full, Source = name, CreatedBy = "s", CreatedAt = TimeProvider.System.GetUtcNow(),
        });
        return await f.Pipeline.RunAsync(new LoadRequest(job, f.Resource, path, name, LoadMode.Full, "s"), new LoadProgress(), CancellationToken.None);
    }

    /// <summary>Writes the rows of a DuckDB query as a Parquet source file in a new job's staging directory.</summary>
    private static (string Job, string Path) StageParquet(Fixture f, string query)
    {
        var job = Guid.NewGuid().ToString("N");
        var path = Path.Combine(f.Plane.StagingFor(job), "source.parquet");
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var c = duck.CreateCommand();
        c.CommandText = $"COPY ({query}) TO {DataPlane.Literal(path)} (FORMAT PARQUET)";
        c.ExecuteNonQuery();
        return (job, path);
    }

    private static RowsPage Read(Fixture f, DatasetVersion v, string? filter = null)
    {
        using var duck = DataPlane.OpenReader();
        return RowsReader.Query(duck, f.Plane.Full(v.File), v.Columns, new RowsRequest(Filter: FilterParser.Parse(filter), Limit: 1000));
    }

    private static string People(int count, int start = 0) =>
        Header + string.Concat(Enumerable.Range(start, count).Select(i =>
            $"41010519900101{i:0000},张{i},男,2017年4月{1 + (i % 28)}日,河南省郑州市金水区{i}号\n"));

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Run_Utf8Csv_CommitsVersionWithConvertedValues(string engine)
    {
        var f = await CreateAsync(engine);

        var (version, report) = await LoadAsync(f, People(50));

        Assert.Equal(1, version.Version);
        Assert.Equal(50, version.RowCount);
        Assert.Equal(0, version.RowsRejected);
        Assert.Equal("公民身份号码", report.BoundColumns["公民身份号码"]);
        var row = Read(f, version, "姓名 = '张7'").Rows.Single();
        Assert.Equal(new DateOnly(2017, 4, 8), row[3]);
        Assert.Equal(version.Version, (await f.Store.FindVersionAsync(f.Resource.Code, null))!.Version);
        Assert.True(File.Exists(f.Plane.Full(version.File)));
    }

    [Fact]
    public async Task Run_WithStageTimings_ReportsEachStageOnceInOrder()
    {
        var f = await CreateAsync();
        var job = Guid.NewGuid().ToString("N");
        var path = Path.Combine(f.Plane.StagingFor(job), "source.csv");
        await File.WriteAllBytesAsync(path, Encoding.GetEncoding(54936).GetBytes(People(10)));
        await f.Store.InsertJobAsync(new LoadJob
        {
            Id = job, ResourceCode = f.Resource.Code, State = LoadState.Running, Mode = LoadMode.Full, Source = "people.csv", CreatedBy = "steward", CreatedAt = TimeProvider.System.GetUtcNow(),
        });
        var stages = new List<(string Stage, TimeSpan Time)>();

        await f.Pipeline.RunAsync(new LoadRequest(job, f.Resource, path, "people.csv", LoadMode.Full, "steward") { StageTimings = (s, t) => stages.Add((s, t)) },
            new LoadProgress(), CancellationToken.None);

        Assert.Equal(["transcode", "stage", "convert", "rejects", "write", "profile", "quality", "commit"], stages.Select(s => s.Stage));
        Assert.All(stages, s => Assert.True(s.Time >= TimeSpan.Zero));
    }

    [Fact]
    public async Task Run_Gb18030Csv_SameRowsAsUtf8()
    {
        var f = await CreateAsync();

        var (version, _) = await LoadAsync(f, People(20), encoding: Encoding.GetEncoding(54936));

        Assert.Equal(20, version.RowCount);
        Assert.Equal("河南省郑州市金水区3号", Read(f, version, "姓名 = '张3'").Rows.Single()[4]);
    }

    [Fact]
    public async Task Run_BadValuesUnderLimit_RejectedRowsReported()
    {
        var f = await CreateAsync();
        var text = People(99) + "410105199001019999,王五,男,不是日期,河南省\n";

        var (version, report) = await LoadAsync(f, text);

        Assert.Equal(99, version.RowCount);
        Assert.Equal(1, version.RowsRejected);
        Assert.Equal(1, report.RejectReasons["not_date"]);
        var rejects = await File.ReadAllTextAsync(f.Plane.Full(report.RejectsFile!));
        Assert.Contains("不是日期", rejects, StringComparison.Ordinal);
        Assert.Contains("100", rejects, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Run_TooManyRejects_FailsAndPreviousVersionStaysCurrent(string engine)
    {
        var f = await CreateAsync(engine);
        var (first, _) = await LoadAsync(f, People(10));
        var bad = Header + string.Concat(Enumerable.Range(0, 10).Select(i => $"41010519900101{i:0000},李{i},女,{(i < 3 ? "坏日期" : "2001-01-01")},郑州\n"));

        var error = await Assert.ThrowsAsync<LoadFailedException>(() => LoadAsync(f, bad));

        Assert.Contains("30%", error.Reason.Zh, StringComparison.Ordinal);
        Assert.NotNull(error.Report?.RejectsFile);
        Assert.Equal(first.Version, (await f.Store.FindVersionAsync(f.Resource.Code, null))!.Version);
        Assert.Single(await f.Store.VersionsAsync(f.Resource.Code));
    }

    [Theory]
    [InlineData("", "为空")]
    [InlineData("公民身份号码,姓名\n", "没有数据行")]
    [InlineData("公民身份号码,姓名,姓名\n1,2,3\n", "重复")]
    [InlineData("公民身份号码,,姓名\n1,2,3\n", "没有列名")]
    public async Task Run_BadFile_ClearErrorAndNoVersion(string text, string expected)
    {
        var f = await CreateAsync();

        var error = await Assert.ThrowsAsync<LoadFailedException>(() => LoadAsync(f, text));

        Assert.Contains(expected, error.Reason.Zh, StringComparison.Ordinal);
        Assert.Null(await f.Store.FindVersionAsync(f.Resource.Code, null));
    }

    [Fact]
    public async Task Run_BinaryFileNamedCsv_NotText()
    {
        var f = await CreateAsync();
        var job = Guid.NewGuid().ToString("N");
        var path = Path.Combine(f.Plane.StagingFor(job), "source.csv");
        await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3, 0, 0, 0, 0, 0]);

        var error = await Assert.ThrowsAsync<LoadFailedException>(() =>
            RunFileAsync(f, job, path, "image.csv"));

        Assert.Contains("文本", error.Reason.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_EncodingSwitchesMidway_ClearError()
    {
        var f = await CreateAsync();
        var bytes = new UTF8Encoding(false).GetBytes(People(2000)).Concat(Encoding.GetEncoding(54936).GetBytes("410105199001010001,赵六,男,2001-01-01,洛阳\n")).ToArray();
        var job = Guid.NewGuid().ToString("N");
        var path = Path.Combine(f.Plane.StagingFor(job), "source.csv");
        await File.WriteAllBytesAsync(path, bytes);

        var error = await Assert.ThrowsAsync<LoadFailedException>(() =>
            RunFileAsync(f, job, path, "x.csv"));

        Assert.Contains("编码", error.Reason.Zh, StringComparison.Ordinal);
        Assert.Null(await f.Store.FindVersionAsync(f.Resource.Code, null));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Run_Incremental_InsertsUpdatesDeletesByKey(string engine)
    {
        var f = await CreateAsync(engine);
        await LoadAsync(f, People(10));
        var changes = "公民身份号码,姓名,性别,出生日期,户籍地址,_op\n" +
            "410105199001010001,张一改,男,2017-04-02,郑州,U\n" +
            "410105199001010002,张2,男,2017-04-03,河南省郑州市金水区2号,D\n" +
            "410105199001019999,新人,女,2000-01-01,开封,I\n" +
            "410105199001010003,张3,男,2017年4月4日,河南省郑州市金水区3号,U\n";

        var (version, _) = await LoadAsync(f, changes, mode: LoadMode.Incremental);

        Assert.Equal(2, version.Version);
        Assert.Equal((1L, 1L, 1L), (version.Inserted, version.Updated, version.Deleted));
        Assert.Equal(10, version.RowCount);
        Assert.Equal("张一改", Read(f, version, "公民身份号码 = '410105199001010001'").Rows.Single()[1]);
        Assert.Empty(Read(f, version, "公民身份号码 = '410105199001010002'").Rows);
        using var duck = DataPlane.OpenReader();
        Assert.Equal(3L, LoadPipeline.Scalar<long>(duck, $"SELECT count(*) FROM read_parquet({DataPlane.Literal(f.Plane.Full(version.ChangesFile!))})"));
    }

    [Fact]
    public async Task Run_IncrementalTwice_UnchangedRowsKeepTheirNumbers_ChangedAndNewFollow_ChangeSetInOrder()
    {
        var f = await CreateAsync();
        await LoadAsync(f, People(10));
        var header = "公民身份号码,姓名,性别,出生日期,户籍地址,_op\n";
        var first = header +
            "410105199001019999,新人,女,2000-01-01,开封,I\n" +
            "410105199001010003,张3,男,2017年4月4日,河南省郑州市金水区3号,U\n" + // unchanged
            "410105199001010001,张一改,男,2017-04-02,郑州,U\n" +
            "410105199001010002,张2,男,2017-04-03,河南省郑州市金水区2号,D\n";
        var second = header +
            "410105199001010009,张九改,男,2017-04-10,河南省郑州市金水区9号,U\n" +
            "410105199001019999,新人,女,2000-01-01,开封,D\n" +
            "410105199001018888,又一新人,女,2001-01-01,洛阳,I\n";

        var (v2, _) = await LoadAsync(f, first, mode: LoadMode.Incremental);
        var (v3, _) = await LoadAsync(f, second, mode: LoadMode.Incremental);

        string Numbered(DatasetVersion v) => string.Join(" ", Strings(f,
            $"SELECT {IngestColumn.RowId} || ':' || right(公民身份号码, 4) FROM {DataPlane.VersionRelation(f.Plane.Full(v.File))} ORDER BY {IngestColumn.RowId}"));
        // The last 4 digits of the ID: 0000…0009 from the full load (rows 1–10); row 4 (0003) repeated unchanged keeps its number.
        Assert.Equal("1:0000 4:0003 5:0004 6:0005 7:0006 8:0007 9:0008 10:0009 11:9999 13:0001", Numbered(v2));
        Assert.Equal("1:0000 4:0003 5:0004 6:0005 7:0006 8:0007 9:0008 13:0001 14:0009 16:8888", Numbered(v3));
        Assert.Equal((1L, 1L, 1L), (v2.Inserted, v2.Updated, v2.Deleted));
        Assert.Equal((1L, 1L, 1L), (v3.Inserted, v3.Updated, v3.Deleted));
        Assert.Equal(["insert:9999:新人", "update:0001:张一改", "delete:0002:张2"],
            Strings(f, $"SELECT _zy_change || ':' || right(公民身份号码, 4) || ':' || 姓名 FROM read_parquet({DataPlane.Literal(f.Plane.Full(v2.ChangesFile!))})"));
        // Paging through the merged version visits every row once, in number order.
        using var reader = DataPlane.OpenReader();
        var paged = AllPages(reader, f.Plane.Full(v3.File), v3.Columns, new RowsRequest(Limit: 3));
        Assert.Equal(["0000", "0003", "0004", "0005", "0006", "0007", "0008", "0001", "0009", "8888"], paged.Select(r => r.Split('|')[0][^4..]));
        Assert.Equal("张九改", Read(f, v3, "公民身份号码 = '410105199001010009'").Rows.Single()[1]);
        // The merged version is not written in _zy_row order (an anti join): exports sort it.
        Assert.False(DataPlane.LayoutOf(f.Plane.Full(v3.File)).InRowOrder);
        Assert.Null(RowsQueryBuilder.Export(RowsView.Of(f.Plane.Full(v3.File), v3.Columns), new RowsRequest()).InFileOrder);
    }

    [Fact]
    public async Task Run_Json_Loads()
    {
        var f = await CreateAsync();
        var json = "[{\"公民身份号码\":\"410105199001010001\",\"姓名\":\"张三\",\"出生日期\":\"2001/2/3\"},{\"公民身份号码\":\"410105199001010002\",\"姓名\":\"李四\"}]";

        var (version, report) = await LoadAsync(f, json, "people.json");

        Assert.Equal(2, version.RowCount);
        Assert.Contains("性别", report.MissingItems);
    }

    [Fact]
    public async Task Run_Parquet_Loads()
    {
        var f = await CreateAsync();
        var (job, path) = StageParquet(f, "SELECT '41010519900101' || lpad(CAST(i AS VARCHAR), 4, '0') AS 公民身份号码, '王' || i AS 姓名, DATE '2000-01-01' + CAST(i AS INTEGER) AS 出生日期 FROM range(30) t(i)");

        var (version, _) = await RunFileAsync(f, job, path, "p.parquet");

        Assert.Equal(30, version.RowCount);
        Assert.Equal(new DateOnly(2000, 1, 3), Read(f, version, "姓名 = '王2'").Rows.Single()[3]);
    }

    [Fact]
    public async Task Clean_LeftoversOfACrash_Removed()
    {
        var f = await CreateAsync();
        var (version, _) = await LoadAsync(f, People(5));
        var orphan = Path.Combine(f.Plane.DatasetDirectory(f.Resource.Code), "deadbeef.parquet");
        await File.WriteAllTextAsync(orphan, "half written");
        var staging = f.Plane.StagingFor("crashed-job");

        var removed = await f.Plane.CleanAsync(f.Store);

        Assert.True(removed >= 2);
        Assert.False(File.Exists(orphan));
        Assert.False(Directory.Exists(staging));
        Assert.True(File.Exists(f.Plane.Full(version.File)));
    }

    [Fact]
    public async Task Run_RaggedRow_RejectedWithReason()
    {
        var f = await CreateAsync();
        var text = People(60) + "410105199001018888,多列,男,2001-01-01,郑州,多余的列\n";

        var (version, report) = await LoadAsync(f, text);

        Assert.Equal(60, version.RowCount);
        Assert.Equal(1, version.RowsRejected);
        Assert.Contains(report.RejectReasons.Keys, k => k.Contains("columns", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_RaggedRowsBeforeBadValues_RejectsNumberedByRecordInTheFile()
    {
        // Records 3, 4 and 6 are ragged (DuckDB cannot parse them), records 5 and 8 have a bad date: every reject is
        // reported with its own record number (1-based, header excluded), not its place among the parsed records.
        var f = await CreateAsync();
        var text = People(2) + "410105199001018888,多列,男,2001-01-01,郑州,多余的列\n" + "410105199001018887,又多列,男,2001-01-01,郑州,多余,多余\n" + People(1, 50)[Header.Length..].Replace("2017年4月23日", "2017-02-30", StringComparison.Ordinal)
            + "410105199001018889,少列\n" + People(1, 60)[Header.Length..] + People(1, 70)[Header.Length..].Replace("2017年4月15日", "2017-02-31", StringComparison.Ordinal) + People(3, 80)[Header.Length..];

        var (version, report) = await LoadAsync(f, text, ratio: 0.9);

        Assert.Equal(6, version.RowCount);
        Assert.Equal(["3", "4", "5:2017-02-30", "6", "8:2017-02-31"],
            Strings(f, $"SELECT DISTINCT CAST(row AS VARCHAR) || CASE WHEN reason = 'not_date' THEN ':' || original ELSE '' END FROM read_csv({DataPlane.Literal(f.Plane.Full(report.RejectsFile!))}, all_varchar = false) ORDER BY 1"));
    }

    [Fact]
    public async Task Run_UnterminatedQuote_RejectedOrClearError()
    {
        var f = await CreateAsync();
        var text = People(60) + "410105199001017777,\"没有结束的引号,男,2001-01-01,郑州\n";

        try
        {
            var (version, _) = await LoadAsync(f, text);
            Assert.Equal(60, version.RowCount);
            Assert.Equal(1, version.RowsRejected);
        }
        catch (LoadFailedException e)
        {
            Assert.Contains("CSV", e.Reason.Zh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_FileOfManyReadBuffers_KeepsSourceOrderAndRowNumbers()
    {
        // About 16 MB: several of DuckDB's read buffers, converted on two threads. Rows 100,000 and 180,000 have bad dates.
        var f = await CreateAsync();
        const int count = 200_000;
        var text = new StringBuilder(Header);
        for (var i = 0; i < count; i++)
        {
            var date = i is 99_999 or 179_999 ? "2017-02-30" : $"2017年4月{1 + (i % 28)}日";
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"4101051990{i:D8},张{i},男,{date},河南省郑州市金水区{i}号\n");
        }

        var (version, report) = await LoadAsync(f, text.ToString());

        Assert.Equal(count - 2, version.RowCount);
        var expected = Enumerable.Range(0, count).Where(i => i is not (99_999 or 179_999)).Select(i => "张" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, Strings(f, $"SELECT 姓名 FROM {DataPlane.VersionRelation(f.Plane.Full(version.File))} ORDER BY {IngestColumn.RowId}"));
        // With rejects the version is written again, numbered 1…n, in that order: an export reads it without a sort.
        using (var reader = DataPlane.OpenReader())
        using (var output = new MemoryStream())
        {
            await Zhongyuan.Ingest.Export.RowsExporter.ExportAsync(reader, f.Plane.Full(version.File), version.Columns, new RowsRequest(Select: ["姓名"]),
                new Zhongyuan.Ingest.Export.ExportOptions(Zhongyuan.Ingest.Export.ExportFormat.Csv, Zhongyuan.Ingest.Export.CsvEncoding.Utf8), output);
            Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1));
        }
        Assert.True(DataPlane.LayoutOf(f.Plane.Full(version.File)).InRowOrder);
        var rejects = Strings(f, $"SELECT CAST(row AS VARCHAR) || ':' || original FROM read_csv({DataPlane.Literal(f.Plane.Full(report.RejectsFile!))}, all_varchar = false) ORDER BY row");
        Assert.Equal(["100000:2017-02-30", "180000:2017-02-30"], rejects);
    }

    [Fact]
    public async Task Run_TenMegabyteField_LoadedOrRejectedAsTooLong()
    {
        var f = await CreateAsync();
        var text = People(60) + "410105199001016666,长地址,男,2001-01-01," + new string('豫', 10 * 1024 * 1024 / 3) + "\n";

        var (version, report) = await LoadAsync(f, text);

        Assert.Equal(60, version.RowCount);
        Assert.Equal(1, report.RejectReasons["too_long"]);
    }

    [Fact]
    public async Task Run_LongRecordPastTheFirstBuffers_ReadAgainWithLongerLines()
    {
        // About 6 MB of short records, then a 6 MB one: the first read (4 MB records) fails on it mid-scan, the second
        // read (16 MB) converts it; nothing of the first attempt remains.
        var f = await CreateAsync();
        var text = new StringBuilder(Header);
        for (var i = 0; i < 80_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"4101051990{i:D8},张{i},男,2001-01-01,郑州\n");
        }
        text.Append("410105199001016666,长地址,男,2001-01-01,").Append('豫', 6 * 1024 * 1024 / 3).Append('\n');
        text.Append("410105199001016667,李四,女,2001-01-02,郑州\n");

        var (version, report) = await LoadAsync(f, text.ToString());

        Assert.Equal(80_001, version.RowCount);
        Assert.Equal(["80001:too_long"], Strings(f, $"SELECT CAST(row AS VARCHAR) || ':' || reason FROM read_csv({DataPlane.Literal(f.Plane.Full(report.RejectsFile!))}, max_line_size = 20000000, buffer_size = 40000000)"));
        Assert.Equal(["张0", "李四"], Strings(f, $"SELECT 姓名 FROM {DataPlane.VersionRelation(f.Plane.Full(version.File))} WHERE {IngestColumn.RowId} IN (1, 80001) ORDER BY {IngestColumn.RowId}"));
    }

    [Fact]
    public async Task Run_ParquetWithOtherSchema_BindingError()
    {
        var f = await CreateAsync();
        var (job, path) = StageParquet(f, "SELECT i AS 编号, 'x' AS 名称 FROM range(5) t(i)");

        var error = await Assert.ThrowsAsync<LoadFailedException>(() =>
            RunFileAsync(f, job, path, "other.parquet"));

        Assert.Contains("公民身份号码", error.Reason.Zh, StringComparison.Ordinal);
        Assert.Null(await f.Store.FindVersionAsync(f.Resource.Code, null));
    }

    [Fact]
    public async Task Run_JsonObjectNotArray_ClearError()
    {
        var f = await CreateAsync();

        var error = await Assert.ThrowsAsync<LoadFailedException>(() => LoadAsync(f, "{\"公民身份号码\": \"1\"}", "people.json"));

        Assert.Contains("数组", error.Reason.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_XlsxWithEmptyHeaderCell_ClearError()
    {
        var f = await CreateAsync();
        var job = Guid.NewGuid().ToString("N");
        var path = Path.Combine(f.Plane.StagingFor(job), "source.xlsx");
        var rows = new[]
        {
            new Dictionary<string, object?> { ["A"] = "公民身份号码", ["B"] = null, ["C"] = "姓名" },
            new Dictionary<string, object?> { ["A"] = "410105199001010001", ["B"] = "男", ["C"] = "张三" },
        };
        await MiniExcelLibs.MiniExcel.SaveAsAsync(path, rows, printHeader: false);

        var error = await Assert.ThrowsAsync<LoadFailedException>(() =>
            RunFileAsync(f, job, path, "people.xlsx"));

        Assert.Contains("表头", error.Reason.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RowsOutOfKeyOrder_VersionKeepsSourceOrderAndKeyIndexIsSortedByKeyHash()
    {
        var f = await CreateAsync();
        var text = Header + string.Concat(Enumerable.Range(0, 300).Reverse().Select(i => $"41010519900101{i:0000},张{i},男,2001-01-01,郑州\n"));

        var (version, _) = await LoadAsync(f, text);

        var file = f.Plane.Full(version.File);
        var stored = Strings(f, $"SELECT 公民身份号码 FROM {DataPlane.VersionRelation(file)} ORDER BY {IngestColumn.RowId}");
        Assert.Equal(Enumerable.Range(0, 300).Reverse().Select(i => $"41010519900101{i:0000}"), stored);
        var index = Strings(f, $"SELECT {DataPlane.KeyHashColumn} || ':' || {IngestColumn.RowId} FROM read_parquet({DataPlane.Literal(DataPlane.KeyIndexOf(file))})");
        var expected = Strings(f, $"SELECT hash(公民身份号码) || ':' || {IngestColumn.RowId} FROM {DataPlane.VersionRelation(file)} ORDER BY hash(公民身份号码)");
        Assert.Equal(300, index.Count);
        Assert.Equal(expected, index);
        Assert.Matches(@"\.keys\.[0-9a-f]{16}\.parquet$", DataPlane.KeyIndexOf(file));
        var found = Read(f, version, "公民身份号码 = '410105199001010042'");
        Assert.Equal("张42", Assert.Single(found.Rows)[1]);
        Assert.Equal(3, Read(f, version, "公民身份号码 in ('410105199001010001', '410105199001010002', '410105199001010299', '410105199001019999')").Rows.Count);
    }

    [Fact]
    public async Task Query_KeyCondition_UsesTheKeyIndexOnlyWhereTheViewShowsTheStoredKey_AndGivesTheSameRowsAsWithout()
    {
        var f = await CreateAsync();
        var (version, _) = await LoadAsync(f, People(250));
        var file = f.Plane.Full(version.File);
        var request = new RowsRequest(Filter: FilterParser.Parse("公民身份号码 in ('410105199001010007', '410105199001010123') or 姓名 = '张9'"), Limit: 100);
        string[] visible = ["公民身份号码", "姓名"];

        var indexed = RowsQueryBuilder.Page(RowsView.Of(file, version.Columns), request);
        var masked = RowsQueryBuilder.Page(RowsView.Project(file, version.Columns, null, [new ViewColumn("公民身份号码", Redact: true), new ViewColumn("姓名")], []), request);
        var shownView = RowsView.Project(file, version.Columns, FilterParser.Parse("公民身份号码 in ('410105199001010007', '410105199001010009')"), [.. visible.Select(n => new ViewColumn(n))], []);
        var shown = RowsQueryBuilder.Page(shownView, request);
        using (var duck = DataPlane.OpenReader())
        {
            // A grant's row filter on the key, then the request's: both apply.
            Assert.Equal(["410105199001010007", "410105199001010009"], RowsReader.Query(duck, shownView, request).Rows.Select(r => (string)r[0]!));
        }
        var withIndex = Read(f, version, "公民身份号码 in ('410105199001010007', '410105199001010123') or 姓名 = '张9'");
        File.Delete(DataPlane.KeyIndexOf(file));
        var withoutIndex = Read(f, version, "公民身份号码 in ('410105199001010007', '410105199001010123') or 姓名 = '张9'");

        Assert.Contains(indexed.Setup, s => s.Sql.Contains(".keys.", StringComparison.Ordinal));
        Assert.Contains(shown.Setup, s => s.Sql.Contains(".keys.", StringComparison.Ordinal));
        Assert.Empty(masked.Setup);
        Assert.DoesNotContain(".keys.", masked.Sql, StringComparison.Ordinal);
        Assert.Equal(3, withIndex.Rows.Count);
        Assert.Equal(withoutIndex.Rows.Select(r => string.Join("|", r)), withIndex.Rows.Select(r => string.Join("|", r)));
        Assert.Empty(RowsQueryBuilder.Page(RowsView.Of(file, version.Columns), request).Setup);
        using var lookup = DataPlane.OpenLookupReader();
        Assert.Equal(1L, LoadPipeline.Scalar<long>(lookup, "SELECT current_setting('threads')"));
    }

    [Fact]
    public async Task Clean_KeyIndexOfACommittedVersionKept_OrphanIndexRemoved()
    {
        var f = await CreateAsync();
        var (version, _) = await LoadAsync(f, People(5));
        var index = DataPlane.KeyIndexOf(f.Plane.Full(version.File));
        var directory = f.Plane.DatasetDirectory(f.Resource.Code);
        var orphan = Path.Combine(directory, "deadbeef.keys.0123456789abcdef.parquet");
        var orphanOfOldFormat = Path.Combine(directory, "deadbeef.keys.parquet");
        // An index written by a DuckDB whose hash differs: not used, but it belongs to its version like the current one.
        var otherHash = DataPlane.KeyIndexOf(f.Plane.Full(version.File)).Replace(DataPlane.KeyHashFingerprint.Value, "0123456789abcdef", StringComparison.Ordinal);
        await File.WriteAllTextAsync(orphan, "half written");
        await File.WriteAllTextAsync(orphanOfOldFormat, "half written");
        await File.WriteAllTextAsync(otherHash, "written by another DuckDB");

        await f.Plane.CleanAsync(f.Store);

        Assert.True(File.Exists(index));
        Assert.True(File.Exists(otherHash));
        Assert.False(File.Exists(orphan));
        Assert.False(File.Exists(orphanOfOldFormat));
    }

    [Fact]
    public async Task Run_NothingRejected_ConvertedFileIsTheVersion_NumberedByPosition_ReadLikeAWrittenOne()
    {
        var f = await CreateAsync();
        var text = Header + string.Concat(Enumerable.Range(0, 700).Select(i => $"41010519900{(i * 7919) % 1000:000}{i:0000},张{i},{(i % 3 == 0 ? "女" : "男")},2001-01-{1 + (i % 28):00},郑州{i % 5}\n"));

        var (version, _) = await LoadAsync(f, text);

        var file = f.Plane.Full(version.File);
        Assert.True(DataPlane.IsNumberedByPosition(file));
        Assert.Equal(700, version.RowCount);
        // The same rows written with a _zy_row column, as a load with rejects writes them: every query reads the same.
        var written = Path.Combine(Path.GetDirectoryName(file)!, "written.parquet");
        using (var duck = DataPlane.OpenDuckDb(Path.GetDirectoryName(file)!))
        {
            LoadPipeline.Execute(duck, $"COPY (SELECT {IngestColumn.RowId}, {LoadPipeline.ColumnList(version.Columns)} FROM {DataPlane.VersionRelation(file)} ORDER BY {IngestColumn.RowId}) " +
                $"TO {DataPlane.Literal(written)} (FORMAT PARQUET, ROW_GROUP_SIZE 128)");
            LoadPipeline.WriteKeyIndex(duck, version.Columns, written);
        }
        Assert.False(DataPlane.IsNumberedByPosition(written));
        string[] filters = [null!, "公民身份号码 = '410105199000370123'", "公民身份号码 in ('410105199000370123', '410105199000000000')", "性别 = '女' and 户籍地址 like '郑州1%'", "出生日期 >= '2001-01-20'"];
        string[][] sorts = [[], ["姓名"], ["-出生日期", "户籍地址"]];
        using var reader = DataPlane.OpenReader();
        foreach (var filter in filters)
        {
            foreach (var sort in sorts)
            {
                var request = new RowsRequest(Filter: FilterParser.Parse(filter), Sort: [.. sort.Select(k => k.StartsWith('-') ? new SortKey(k[1..], true) : new SortKey(k))], Limit: 40);
                Assert.Equal(AllPages(reader, written, version.Columns, request), AllPages(reader, file, version.Columns, request));
            }
        }
        Assert.Equal(700, AllPages(reader, file, version.Columns, new RowsRequest(Limit: 40)).Distinct().Count());
        var found = RowsReader.Query(reader, file, version.Columns, new RowsRequest(Filter: FilterParser.Parse(filters[1]), Limit: 5));
        Assert.Equal("张123", Assert.Single(found.Rows)[1]);
        var offset = RowsReader.Query(reader, file, version.Columns, new RowsRequest(Limit: 2, Offset: 5));
        Assert.Equal(["张5", "张6"], offset.Rows.Select(r => (string)r[1]!));
        Assert.Single(RowsQueryBuilder.Page(RowsView.Of(file, version.Columns), new RowsRequest(Filter: FilterParser.Parse(filters[1]))).Setup);
    }

    /// <summary>Every page of a request, following the cursor: each row as text, with its row number.</summary>
    private static List<string> AllPages(DuckDBConnection reader, string file, IReadOnlyList<IngestColumn> columns, RowsRequest request)
    {
        var rows = new List<string>();
        var next = request;
        for (var page = 0; page < 100; page++)
        {
            var result = RowsReader.Query(reader, file, columns, next);
            rows.AddRange(result.Rows.Select(r => string.Join("|", r.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))));
            if (result.Next is null)
            {
                return rows;
            }
            next = next with { After = result.Next };
        }
        throw new InvalidOperationException("The cursor did not end.");
    }

    [Fact]
    public async Task Run_SomeRowsRejected_AcceptedRowsNumberedOneToNInSourceOrder()
    {
        var f = await CreateAsync();
        var text = Header + string.Concat(Enumerable.Range(0, 50).Select(i =>
            i % 10 == 3 ? $"41010519900101{i:0000},张{i},男,不是日期,郑州\n" : $"41010519900101{i:0000},张{i},男,2001-01-01,郑州\n"));

        var (version, report) = await LoadAsync(f, text, ratio: 0.5);

        Assert.Equal(45, version.RowCount);
        Assert.Equal(5, version.RowsRejected);
        var rows = Strings(f, $"SELECT {IngestColumn.RowId} || ':' || 姓名 FROM read_parquet({DataPlane.Literal(f.Plane.Full(version.File))}) ORDER BY {IngestColumn.RowId}");
        Assert.Equal(Enumerable.Range(0, 50).Where(i => i % 10 != 3).Select((i, n) => $"{n + 1}:张{i}"), rows);
        Assert.False(DataPlane.IsNumberedByPosition(f.Plane.Full(version.File)));
        Assert.NotNull(report.RejectsFile);
        // Written in _zy_row order and marked so: an export in that order needs no sort.
        Assert.True(DataPlane.LayoutOf(f.Plane.Full(version.File)).InRowOrder);
        Assert.NotNull(RowsQueryBuilder.Export(RowsView.Of(f.Plane.Full(version.File), version.Columns), new RowsRequest()).InFileOrder);
    }

    private static List<string> Strings(Fixture f, string sql)
    {
        using var duck = DataPlane.OpenReader();
        using var c = duck.CreateCommand();
        c.CommandText = sql;
        using var reader = c.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
