using System.Text.Json;
using Dapper;
using Zhongyuan.Catalog;
using Zhongyuan.Storage;

namespace Zhongyuan.Governance.Quality;

/// <summary>The control-plane rows of quality assessments, one per dataset version.</summary>
public sealed class QualityStore(Database database)
{
    /// <summary>Saves (or replaces) the assessment of a committed version.</summary>
    public async Task SaveAsync(QualityAssessment a, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Governance/Quality/Sql/Upsert"), new
        {
            a.ResourceCode, a.Version, a.AssessedAt, a.Rows, a.RowsRejected, a.Scores.Completeness, a.Scores.Validity, a.Scores.Uniqueness,
            a.Scores.Consistency, Report = JsonSerializer.Serialize(new Report(a.ItemCompleteness, a.Rules, a.Standardized), CatalogJson.Options),
            a.FailuresFile,
        }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>The assessment of a version, or null when it has none.</summary>
    public async Task<StoredAssessment?> FindAsync(string resourceCode, int version, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            database.Sql("Governance/Quality/Sql/Select") + " WHERE r.code = @Code AND q.version = @Version",
            new { Code = resourceCode, Version = version }, cancellationToken: ct)).ConfigureAwait(false);
        return row?.ToStored();
    }

    /// <summary>The assessments of every version of a resource, oldest first.</summary>
    public async Task<IReadOnlyList<StoredAssessment>> HistoryAsync(string resourceCode, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(
            database.Sql("Governance/Quality/Sql/Select") + " WHERE r.code = @Code ORDER BY q.version", new { Code = resourceCode }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToStored())];
    }

    /// <summary>The assessment of the current version of every resource that has one, optionally of one provider.</summary>
    public async Task<IReadOnlyList<StoredAssessment>> CurrentAsync(long? providerId = null, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var sql = database.Sql("Governance/Quality/Sql/SelectCurrent") + (providerId is null ? "" : " AND r.provider_id = @ProviderId");
        var rows = await c.QueryAsync<Row>(new CommandDefinition(sql, new { ProviderId = providerId }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToStored())];
    }

    private sealed record Report(IReadOnlyDictionary<string, double> ItemCompleteness, IReadOnlyList<RuleOutcome> Rules, IReadOnlyList<StandardizationCount> Standardized);

    private sealed class Row
    {
        public string ResourceCode { get; set; } = "";
        public int Version { get; set; }
        public DateTimeOffset AssessedAt { get; set; }
        public long Rows { get; set; }
        public long RowsRejected { get; set; }
        public double? Completeness { get; set; }
        public double? Validity { get; set; }
        public double? Uniqueness { get; set; }
        public double? Consistency { get; set; }
        public string Report { get; set; } = "{}";
        public string? FailuresFile { get; set; }
        public DateTimeOffset LoadedAt { get; set; }
        public DateTimeOffset? ReplacedAt { get; set; }
        public long ProviderId { get; set; }

        public StoredAssessment ToStored()
        {
            var report = JsonSerializer.Deserialize<Report>(Report, CatalogJson.Options) ?? new Report(new Dictionary<string, double>(), [], []);
            var assessment = new QualityAssessment
            {
                ResourceCode = ResourceCode, Version = Version, AssessedAt = AssessedAt, Rows = Rows, RowsRejected = RowsRejected,
                Scores = new QualityScores(Completeness, Validity, Uniqueness, Consistency, null),
                ItemCompleteness = report.ItemCompleteness, Rules = report.Rules, Standardized = report.Standardized, FailuresFile = FailuresFile,
            };
            return new StoredAssessment(assessment, LoadedAt, ReplacedAt, ProviderId);
        }
    }
}
