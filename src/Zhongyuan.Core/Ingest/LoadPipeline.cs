using System.Data.Common;
using System.Text.Json;
using DuckDB.NET.Data;
using Zhongyuan.Catalog;
using Zhongyuan.Governance;
using Zhongyuan.Governance.Quality;
using Zhongyuan.Ingest.Binding;
using Zhongyuan.Ingest.Conversion;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Ingest.Sources;

namespace Zhongyuan.Ingest;

/// <summary>
/// Turns a staged source file into a new dataset version: open it as text in a job-private DuckDB, bind its columns
/// to the resource's information items, convert, standardise and validate (the item rules of <see cref="GovernancePlan"/>)
/// in one streaming scan that also lists the rejects, write the accepted rows as Parquet (zstd) with a key index,
/// profile it, assess its quality, move the files into place and commit the version row, then its assessment.
/// Nothing is visible until that commit; any failure leaves the previous version current.
/// </summary>
public sealed partial class LoadPipeline(DataPlane plane, DatasetStore store, QualityStore quality, TimeProvider time)
{
    /// <summary>Runs the load; throws <see cref="LoadFailedException"/> with a reason users can act on.</summary>
    public async Task<(DatasetVersion Version, LoadReport Report)> RunAsync(LoadRequest request, LoadProgress progress, CancellationToken ct)
    {
        try
        {
            return await LoadAsync(request, progress, ct).ConfigureAwait(false);
        }
        catch (SourceFileException e)
        {
            throw new LoadFailedException(e.Text, null, e);
        }
    }

    private async Task<(DatasetVersion Version, LoadReport Report)> LoadAsync(LoadRequest request, LoadProgress progress, CancellationToken ct)
    {
        var staging = plane.StagingFor(request.JobId);
        var columns = request.Resource.Metadata.Items.Select(i => new IngestColumn(i.Name, i.DataType, i.IsKey)).ToList();
        var clock = new StageClock(request.StageTimings);
        using var duck = DataPlane.OpenDuckDb(staging);
        var source = await StageAsync(duck, request, staging, progress, clock, ct).ConfigureAwait(false);
        clock.Lap("stage");
        var binding = ColumnBinder.Bind(source.Columns, request.Resource.Metadata.Items, request.Mapping);
        if (binding.Errors.Count > 0)
        {
            throw new LoadFailedException(BindingFailure(binding));
        }
        var plan = request.ApplyRules ? GovernancePlan.For(request.Resource.Metadata) : GovernancePlan.None;
        var functions = GovernanceFunctions.Register(duck, plan, Today());
        var rules = plan.Items.ToDictionary(i => i.Item,
            i => new ColumnRuleFunctions(functions.StandardizeFunction(i.Item), functions.CheckFunction(i.Item, RuleSeverity.Error), functions.StandardizeWhen(i.Item)),
            StringComparer.Ordinal);
        // One streaming scan reads the source, parses, standardises and checks every value, and writes each row in
        // source order with the list of its rejected values: nothing is held in memory, and no value is parsed twice.
        // It is written as a version is (zstd), because when no value is rejected it becomes the version as it is.
        var converted = Path.Combine(staging, "converted.parquet");
        string Convert(StagedSource from) => $"COPY ({ConversionSql.SelectConvertedWithFailuresFrom(from.Relation, binding, columns, rules)}) " +
            $"TO {DataPlane.Literal(converted)} ({VersionFormat})";
        using (new ScanProgress(duck, progress))
        {
            if (source.IsCsv)
            {
                source = CsvErrors(() => ConvertCsv(duck, source, Convert, converted));
            }
            else
            {
                Execute(duck, Convert(source));
            }
        }
        progress.Bytes.Report(progress.BytesTotal ?? 0);
        var parseRejects = source.IsCsv ? CsvParseRejects(duck) : 0;
        var total = Scalar<long>(duck, $"SELECT count(*) FROM read_parquet({DataPlane.Literal(converted)})") + parseRejects;
        if (total == 0)
        {
            throw new LoadFailedException("文件中没有数据行（可能只有表头），本次加载未生效", "The file has no data rows (perhaps a header only); nothing was loaded");
        }
        progress.SetRows(total);
        clock.Lap("convert");
        Execute(duck, "CREATE TABLE rejects AS " + ConversionSql.RejectsFromFile(converted));
        var rejected = Scalar<long>(duck, "SELECT count(DISTINCT _zy_src_row) FROM rejects") + parseRejects;
        progress.SetRejected(rejected);
        var report = WriteRejects(duck, request, binding, rejected) with { Standardized = functions.Changes };
        if (rejected > request.MaxRejectRatio * total)
        {
            throw new LoadFailedException(new Localization.LocalizedText(
                $"被拒绝的行占 {Percent(rejected, total)}，超过上限 {Percent(request.MaxRejectRatio)}，本次加载未生效，原有版本不受影响；请查看拒绝报告修正后重新上传",
                $"{Percent(rejected, total)} of the rows were rejected, above the limit of {Percent(request.MaxRejectRatio)}; nothing was loaded and the previous version is intact. See the reject report."), report);
        }
        clock.Lap("rejects");
        Execute(duck, "CREATE VIEW accepted AS " + ConversionSql.AcceptedFromFile(converted));
        var output = Path.Combine(staging, "version.parquet");
        var changes = request.Mode == LoadMode.Incremental
            ? await MergeAsync(duck, request, source, columns, staging, output, ct).ConfigureAwait(false)
            : WriteFull(duck, columns, converted, rejected > parseRejects, output);
        clock.Lap("write");
        var profile = ColumnProfiler.Profile(duck, output, columns, changes.Rows);
        clock.Lap("profile");
        QualityAssessment? assessment = null;
        if (request.ApplyRules)
        {
            // The profile's row and null counts are the assessment's completeness figures: one scan fewer.
            assessment = QualityAssessor.Assess(duck, functions, new AssessmentInput(request.Resource.Code, 0, output, columns, plan, rejected,
                functions.Changes, Path.Combine(staging, "failures.parquet"), await QualityReferences.ResolveAsync(store, plane, plan, ct).ConfigureAwait(false), profile),
                time.GetUtcNow());
            clock.Lap("quality");
        }
        var version = await CommitAsync(request, columns, output, changes, rejected, report, assessment, profile, ct).ConfigureAwait(false);
        clock.Lap("commit");
        return (version, report);
    }

    /// <summary>
    /// The converting scan of a CSV source; when a record may be longer than the first read allows, the scan runs again
    /// with longer lines (its partial file and parse errors dropped). Returns the source as read. DuckDB does not always
    /// say "line too long" for such a record: storing rejects, it may report the record as invalid UTF-8 (the buffer cut a
    /// character in two) or fail with an internal error, so either also leads to the second read, whose answer stands.
    /// </summary>
    private static StagedSource ConvertCsv(DuckDBConnection duck, StagedSource source, Func<StagedSource, string> convert, string converted)
    {
        if (source.WithLongLines() is not { } longer)
        {
            Execute(duck, convert(source));
            return source;
        }
        try
        {
            Execute(duck, convert(source));
            if (CsvRejectsOf(duck, InvalidEncoding, LineTooLong) == 0)
            {
                return source;
            }
        }
        catch (DuckDBException e) when (IsLineTooLong(e) || e.Message.StartsWith("INTERNAL Error", StringComparison.Ordinal))
        {
        }
        File.Delete(converted);
        Execute(duck, "DROP TABLE IF EXISTS reject_errors; DROP TABLE IF EXISTS reject_scans");
        Execute(duck, convert(longer));
        return longer;
    }

    /// <summary>
    /// The version of a full load: without rejected values the converted file itself, numbered by position (see
    /// <see cref="DataPlane.VersionRelation(string)"/>), so the rows are not written a second time (7–8 s of a 10M-row load);
    /// otherwise the accepted rows in source order, numbered 1…n as they stream past.
    /// </summary>
    private static ChangeCounts WriteFull(DuckDBConnection duck, IReadOnlyList<IngestColumn> columns, string converted, bool anyRejected, string output)
    {
        if (anyRejected)
        {
            Execute(duck, $"COPY (SELECT row_number() OVER () AS {IngestColumn.RowId}, {ColumnList(columns)} FROM accepted) TO {DataPlane.Literal(output)} ({VersionFormat}, {DataPlane.RowOrderMetadata})");
        }
        else
        {
            File.Move(converted, output);
        }
        WriteKeyIndex(duck, columns, output);
        var rows = Scalar<long>(duck, $"SELECT count(*) FROM read_parquet({DataPlane.Literal(output)})");
        return new ChangeCounts(rows, rows, 0, 0, null);
    }

    /// <summary>Writes a version from rows that carry their <c>_zy_row</c>, as they stream, and its key index.</summary>
    private static void WriteVersion(DuckDBConnection duck, IReadOnlyList<IngestColumn> columns, string numberedRows, string output)
    {
        Execute(duck, $"COPY ({numberedRows}) TO {DataPlane.Literal(output)} ({VersionFormat})");
        WriteKeyIndex(duck, columns, output);
    }

    /// <summary>
    /// The key index of a version (<see cref="DataPlane.KeyIndexOf"/>): the hash of the first key item and the row
    /// number, sorted by hash, instead of the whole version sorted by key, so the write stays one streaming pass plus a
    /// sort of two integers (1.4 s at 10M rows; 4.8 s sorting the key text).
    /// </summary>
    internal static void WriteKeyIndex(DuckDBConnection duck, IReadOnlyList<IngestColumn> columns, string output)
    {
        if (columns.FirstOrDefault(c => c.IsKey) is not { } key)
        {
            return;
        }
        var q = IngestColumn.Quote(key.Name);
        Execute(duck, $"COPY (SELECT hash({q}) AS {DataPlane.KeyHashColumn}, {IngestColumn.RowId} FROM {DataPlane.VersionRelation(output)} " +
            $"WHERE {q} IS NOT NULL ORDER BY {DataPlane.KeyHashColumn}) TO {DataPlane.Literal(DataPlane.KeyIndexOf(output))} ({VersionFormat})");
    }

    private static readonly string VersionFormat = $"FORMAT PARQUET, COMPRESSION ZSTD, ROW_GROUP_SIZE {RowGroupSize}";

    /// <summary>Rows per Parquet row group: small enough that a key lookup reads little, large enough to compress well.</summary>
    private const int RowGroupSize = 100_000;

    private async Task<DatasetVersion> CommitAsync(LoadRequest request, IReadOnlyList<IngestColumn> columns, string output, ChangeCounts changes,
        long rejected, LoadReport report, QualityAssessment? assessment, IReadOnlyList<ColumnProfile> profiles, CancellationToken ct)
    {
        var profile = JsonSerializer.SerializeToElement(profiles, CatalogJson.Options);
        var directory = plane.DatasetDirectory(request.Resource.Code);
        var file = Path.Combine(directory, request.JobId + ".parquet");
        if (File.Exists(DataPlane.KeyIndexOf(output)))
        {
            MoveDurably(DataPlane.KeyIndexOf(output), DataPlane.KeyIndexOf(file));
        }
        MoveDurably(output, file);
        var changesFile = changes.ChangesPath is null ? null : MoveDurably(changes.ChangesPath, Path.Combine(directory, request.JobId + ".changes.parquet"));
        var failuresFile = assessment?.FailuresFile is null ? null : MoveDurably(assessment.FailuresFile!, Path.Combine(directory, request.JobId + ".failures.parquet"));
        var version = new DatasetVersion
        {
            ResourceCode = request.Resource.Code, Version = 0, JobId = request.JobId, Mode = request.Mode, Source = request.SourceName,
            File = plane.Relative(file), RejectsFile = report.RejectsFile, ChangesFile = changesFile is null ? null : plane.Relative(changesFile),
            RowCount = changes.Rows, RowsRejected = rejected, Inserted = changes.Inserted, Updated = changes.Updated, Deleted = changes.Deleted,
            Bytes = new FileInfo(file).Length, Columns = columns, Profile = profile, LoadedBy = request.Actor, LoadedAt = time.GetUtcNow(),
        };
        var number = await store.InsertVersionAsync(version, ct).ConfigureAwait(false);
        // A crash here leaves a version without an assessment; it is made again when first asked for.
        if (assessment is not null)
        {
            await quality.SaveAsync(assessment with { Version = number, FailuresFile = failuresFile is null ? null : plane.Relative(failuresFile) }, ct).ConfigureAwait(false);
        }
        return version with { Version = number };
    }

    /// <summary>Flushes a finished file to disk and renames it into place (atomic on one file system).</summary>
    private static string MoveDurably(string from, string to)
    {
        using (var stream = new FileStream(from, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Flush(flushToDisk: true);
        }
        File.Move(from, to, overwrite: true);
        return to;
    }

    /// <summary>Today in China (UTC+8), for the "not in the future" checks.</summary>
    private DateOnly Today() => Sharing.Access.ChinaDay.Of(time.GetUtcNow());

    internal static string ColumnList(IReadOnlyList<IngestColumn> columns) => string.Join(", ", columns.Select(c => IngestColumn.Quote(c.Name)));

    internal static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static T Scalar<T>(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Percent(long part, long whole) => Percent((double)part / whole);

    private static string Percent(double ratio) => ratio.ToString("0.##%", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record ChangeCounts(long Rows, long Inserted, long Updated, long Deleted, string? ChangesPath);
}
