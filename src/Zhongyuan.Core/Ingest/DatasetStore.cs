using System.Text.Json;
using Dapper;
using Zhongyuan.Catalog;
using Zhongyuan.Localization;
using Zhongyuan.Storage;

namespace Zhongyuan.Ingest;

/// <summary>The control-plane rows of load jobs and dataset versions.</summary>
public sealed class DatasetStore(Database database, TimeProvider time)
{
    /// <summary>Records a new job.</summary>
    public async Task InsertJobAsync(LoadJob job, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Ingest/Sql/InsertJob"), new
        {
            job.Id, job.ResourceCode, State = job.State.ToString(), Mode = job.Mode.ToString(), job.Source, job.BytesTotal,
            job.CreatedBy, job.CreatedAt,
        }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Writes a job's progress and state.</summary>
    public async Task UpdateJobAsync(LoadJob job, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Ingest/Sql/UpdateJob"), new
        {
            job.Id, State = job.State.ToString(), job.BytesTotal, job.BytesRead, job.RowsRead, job.RowsRejected, job.Version,
            Error = job.Error is null ? null : JsonSerializer.Serialize(job.Error, CatalogJson.Options),
            Report = job.Report is null ? null : JsonSerializer.Serialize(job.Report, CatalogJson.Options), job.StartedAt, job.FinishedAt,
        }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>A job by id, or null.</summary>
    public async Task<LoadJob?> FindJobAsync(string id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<JobRow>(new CommandDefinition(
            database.Sql("Ingest/Sql/SelectJobs") + " WHERE j.id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
        return row?.ToJob();
    }

    /// <summary>The newest jobs of a resource, newest first.</summary>
    public async Task<IReadOnlyList<LoadJob>> JobsAsync(string resourceCode, int limit = 50, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<JobRow>(new CommandDefinition(
            database.Sql("Ingest/Sql/SelectJobs") + " WHERE r.code = @Code ORDER BY j.created_at DESC LIMIT @Limit",
            new { Code = resourceCode, Limit = limit }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToJob())];
    }

    /// <summary>The newest jobs of the whole platform, newest first (the administrators' dashboard).</summary>
    public async Task<IReadOnlyList<LoadJob>> RecentJobsAsync(int limit = 20, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<JobRow>(new CommandDefinition(
            database.Sql("Ingest/Sql/SelectJobs") + " ORDER BY j.created_at DESC LIMIT @Limit", new { Limit = limit }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToJob())];
    }

    /// <summary>The number of jobs in each state created at or after <paramref name="since"/>.</summary>
    public async Task<IReadOnlyDictionary<LoadState, long>> JobCountsAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<(string State, long Count)>(new CommandDefinition(
            database.Sql("Ingest/Sql/CountJobsByState"), new { Since = since }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.ToDictionary(r => Enum.Parse<LoadState>(r.State), r => r.Count);
    }

    /// <summary>Marks every queued or running job failed: called at start, when no job can still be running.</summary>
    public async Task<int> FailUnfinishedJobsAsync(CancellationToken ct = default)
    {
        var error = new LocalizedText("服务器在加载过程中停止，本次加载未生效，原有版本不受影响；请重新上传", "The server stopped during the load; nothing was published and the previous version is intact. Upload again.");
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteAsync(new CommandDefinition(database.Sql("Ingest/Sql/FailUnfinishedJobs"),
            new { Error = JsonSerializer.Serialize(error, CatalogJson.Options), At = time.GetUtcNow() }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Commits a version: from this moment it is current. Returns its number.</summary>
    public async Task<int> InsertVersionAsync(DatasetVersion v, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<int>(new CommandDefinition(database.Sql("Ingest/Sql/InsertVersion"), new
        {
            v.ResourceCode, v.JobId, Mode = v.Mode.ToString(), v.Source, v.File, v.RejectsFile, v.ChangesFile, v.RowCount, v.RowsRejected,
            v.Inserted, v.Updated, v.Deleted, v.Bytes, Columns = JsonSerializer.Serialize(v.Columns, CatalogJson.Options),
            Profile = v.Profile.GetRawText(), v.LoadedBy, v.LoadedAt,
        }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>The versions of a resource, oldest first.</summary>
    public async Task<IReadOnlyList<DatasetVersion>> VersionsAsync(string resourceCode, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<VersionRow>(new CommandDefinition(
            database.Sql("Ingest/Sql/SelectVersions") + " WHERE r.code = @Code ORDER BY v.version", new { Code = resourceCode }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToVersion())];
    }

    /// <summary>A version, or the current one when <paramref name="version"/> is null; null when there is none.</summary>
    public async Task<DatasetVersion?> FindVersionAsync(string resourceCode, int? version, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var sql = database.Sql("Ingest/Sql/SelectVersions") + " WHERE r.code = @Code" +
            (version is null ? " ORDER BY v.version DESC LIMIT 1" : " AND v.version = @Version");
        var row = await c.QueryFirstOrDefaultAsync<VersionRow>(new CommandDefinition(sql, new { Code = resourceCode, Version = version }, cancellationToken: ct)).ConfigureAwait(false);
        return row?.ToVersion();
    }

    /// <summary>Every data-plane file a committed version refers to, relative to the data directory.</summary>
    public async Task<IReadOnlySet<string>> ReferencedFilesAsync(CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var files = await c.QueryAsync<string>(new CommandDefinition(database.Sql("Ingest/Sql/SelectFiles"), cancellationToken: ct)).ConfigureAwait(false);
        return files.ToHashSet(StringComparer.Ordinal);
    }

    private sealed class JobRow
    {
        public string Id { get; set; } = "";
        public string ResourceCode { get; set; } = "";
        public string State { get; set; } = "";
        public string Mode { get; set; } = "";
        public string Source { get; set; } = "";
        public long? BytesTotal { get; set; }
        public long BytesRead { get; set; }
        public long RowsRead { get; set; }
        public long RowsRejected { get; set; }
        public int? Version { get; set; }
        public string? Error { get; set; }
        public string? Report { get; set; }
        public string CreatedBy { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? StartedAt { get; set; }
        public DateTimeOffset? FinishedAt { get; set; }

        public LoadJob ToJob() => new()
        {
            Id = Id, ResourceCode = ResourceCode, State = Enum.Parse<LoadState>(State), Mode = Enum.Parse<LoadMode>(Mode), Source = Source,
            BytesTotal = BytesTotal, BytesRead = BytesRead, RowsRead = RowsRead, RowsRejected = RowsRejected, Version = Version,
            Error = Error is null ? null : JsonSerializer.Deserialize<LocalizedText>(Error, CatalogJson.Options),
            Report = Report is null ? null : JsonSerializer.Deserialize<LoadReport>(Report, CatalogJson.Options),
            CreatedBy = CreatedBy, CreatedAt = CreatedAt, StartedAt = StartedAt, FinishedAt = FinishedAt,
        };
    }

    private sealed class VersionRow
    {
        public string ResourceCode { get; set; } = "";
        public int Version { get; set; }
        public string JobId { get; set; } = "";
        public string Mode { get; set; } = "";
        public string Source { get; set; } = "";
        public string File { get; set; } = "";
        public string? RejectsFile { get; set; }
        public string? ChangesFile { get; set; }
        public long RowCount { get; set; }
        public long RowsRejected { get; set; }
        public long Inserted { get; set; }
        public long Updated { get; set; }
        public long Deleted { get; set; }
        public long Bytes { get; set; }
        public string Columns { get; set; } = "[]";
        public string Profile { get; set; } = "[]";
        public string LoadedBy { get; set; } = "";
        public DateTimeOffset LoadedAt { get; set; }

        public DatasetVersion ToVersion() => new()
        {
            ResourceCode = ResourceCode, Version = Version, JobId = JobId, Mode = Enum.Parse<LoadMode>(Mode), Source = Source, File = File,
            RejectsFile = RejectsFile, ChangesFile = ChangesFile, RowCount = RowCount, RowsRejected = RowsRejected,
            Inserted = Inserted, Updated = Updated, Deleted = Deleted, Bytes = Bytes,
            Columns = JsonSerializer.Deserialize<IReadOnlyList<IngestColumn>>(Columns, CatalogJson.Options) ?? [],
            Profile = JsonDocument.Parse(Profile).RootElement.Clone(), LoadedBy = LoadedBy, LoadedAt = LoadedAt,
        };
    }
}
