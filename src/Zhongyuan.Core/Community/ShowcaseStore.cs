using System.Text;
using System.Text.Json;
using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Community;

/// <summary>The <c>showcase_entries</c> rows and their links to resources (<c>showcase_resources</c>).</summary>
public sealed class ShowcaseStore(Database database)
{
    /// <summary>Stores a new entry with its resource links in one transaction; returns its id.</summary>
    public async Task<long> InsertAsync(ShowcaseEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Community/Sql/InsertShowcase"), new
        {
            entry.Title, Kind = entry.Kind.ToString(), entry.Description, entry.Url, ResourceCodes = JsonSerializer.Serialize(entry.ResourceCodes),
            entry.SubmitterId, entry.SubmitterName, Status = entry.Status.ToString(), entry.CreatedAt,
        }, t, cancellationToken: ct)).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Community/Sql/InsertShowcaseResource"),
            entry.ResourceCodes.Distinct(StringComparer.Ordinal).Select(code => new { EntryId = id, ResourceCode = code }), t, cancellationToken: ct))
            .ConfigureAwait(false);
        await t.CommitAsync(ct).ConfigureAwait(false);
        return id;
    }

    /// <summary>An entry by id, or null.</summary>
    public async Task<ShowcaseEntry?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            database.Sql("Community/Sql/SelectShowcase") + " WHERE s.id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
        return row?.ToEntry();
    }

    /// <summary>The entries matching the query, newest first, and their total: two queries whatever the page size.</summary>
    public async Task<CommunityPage<ShowcaseEntry>> ListAsync(ShowcaseQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = Where(query);
        var parameters = new
        {
            Status = query.Status?.ToString(), query.ResourceCode, query.SubmitterId,
            Limit = Math.Clamp(query.Limit, 1, 200), Offset = Math.Max(query.Offset, 0),
        };
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition(
            database.Sql("Community/Sql/CountShowcase") + where, parameters, cancellationToken: ct)).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(
            database.Sql("Community/Sql/SelectShowcase") + where + " ORDER BY s.id DESC LIMIT @Limit OFFSET @Offset",
            parameters, cancellationToken: ct)).ConfigureAwait(false);
        return new CommunityPage<ShowcaseEntry>([.. rows.Select(r => r.ToEntry())], total);
    }

    /// <summary>
    /// Records a moderation decision on an entry that is still <see cref="ModerationStatus.Pending"/>; false when it is
    /// not (already decided, or no such entry).
    /// </summary>
    public async Task<bool> ModerateAsync(ShowcaseEntry decided, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decided);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteAsync(new CommandDefinition(database.Sql("Community/Sql/ModerateShowcase"), new
        {
            decided.Id, Status = decided.Status.ToString(), decided.ModeratorId, decided.ModeratorName, Reason = decided.ModerationReason,
            At = decided.ModeratedAt, ExpectedStatus = nameof(ModerationStatus.Pending),
        }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    private static string Where(ShowcaseQuery query)
    {
        var conditions = new List<string>();
        if (query.Status is not null)
        {
            conditions.Add("s.status = @Status");
        }
        if (query.ResourceCode is not null)
        {
            conditions.Add("EXISTS (SELECT 1 FROM showcase_resources l WHERE l.entry_id = s.id AND l.resource_code = @ResourceCode)");
        }
        if (query.SubmitterId is not null)
        {
            conditions.Add("s.submitter_id = @SubmitterId");
        }
        return conditions.Count == 0 ? "" : new StringBuilder(" WHERE ").AppendJoin(" AND ", conditions).ToString();
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string Title { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Description { get; set; } = "";
        public string Url { get; set; } = "";
        public string ResourceCodes { get; set; } = "[]";
        public long SubmitterId { get; set; }
        public string SubmitterName { get; set; } = "";
        public string Status { get; set; } = "";
        public long? ModeratorId { get; set; }
        public string? ModeratorName { get; set; }
        public string? ModerationReason { get; set; }
        public DateTimeOffset? ModeratedAt { get; set; }
        public DateTimeOffset CreatedAt { get; set; }

        public ShowcaseEntry ToEntry() => new()
        {
            Id = Id, Title = Title, Kind = Enum.Parse<ShowcaseKind>(Kind), Description = Description, Url = Url,
            ResourceCodes = JsonSerializer.Deserialize<string[]>(ResourceCodes) ?? [], SubmitterId = SubmitterId, SubmitterName = SubmitterName,
            Status = Enum.Parse<ModerationStatus>(Status), ModeratorId = ModeratorId, ModeratorName = ModeratorName,
            ModerationReason = ModerationReason, ModeratedAt = ModeratedAt, CreatedAt = CreatedAt,
        };
    }
}
