using System.Text;
using System.Text.Json;
using Dapper;
using Zhongyuan.Crypto;
using Zhongyuan.Storage;

namespace Zhongyuan.Audit;

/// <summary>Reading the audit trail (for the audit administrator only): filtered pages, CSV export, and data-use transparency.</summary>
public sealed class AuditTrail(Database database, KeyRing keys)
{
    /// <summary>The largest page.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Events matching <paramref name="query"/>, newest first, older than <paramref name="before"/> (a seq) when given.</summary>
    public async Task<AuditPage> QueryAsync(AuditQuery query, long? before = null, int limit = 100, CancellationToken ct = default)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        var (sql, parameters) = Build(query, before);
        parameters.Add("Limit", limit + 1);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = (await c.QueryAsync<AuditRow>(new CommandDefinition(sql + " ORDER BY seq DESC LIMIT @Limit", parameters, cancellationToken: ct)).ConfigureAwait(false)).ToList();
        var items = rows.Take(limit).Select(ToRecord).ToList();
        return new AuditPage(items, rows.Count > limit ? items[^1].Seq : null);
    }

    /// <summary>
    /// Writes every event matching <paramref name="query"/> as CSV (UTF-8 with BOM, header row in Chinese and English,
    /// oldest first) to <paramref name="output"/>, streaming; returns the number of events.
    /// </summary>
    public async Task<long> ExportCsvAsync(AuditQuery query, Stream output, CancellationToken ct = default)
    {
        var (sql, parameters) = Build(query, null);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(AuditCsv.Header).ConfigureAwait(false);
            long count = 0;
            await foreach (var row in c.QueryUnbufferedAsync<AuditRow>(sql + " ORDER BY seq", parameters).WithCancellation(ct).ConfigureAwait(false))
            {
                await writer.WriteLineAsync(AuditCsv.Line(ToRecord(row))).ConfigureAwait(false);
                count++;
            }
            return count;
        }
    }

    /// <summary>
    /// Data-use transparency: the uses of records about a subject (公民身份号码 or 统一社会信用代码, any case and spacing),
    /// newest first: which departments and applications received them, when, under which grant. The key is hashed the
    /// way the log hashed the rows' keys; only successful accesses count.
    /// </summary>
    public async Task<IReadOnlyList<SubjectUse>> SubjectUsesAsync(string subjectKey, int limit = 1000, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectKey);
        var hash = SubjectHasher.Hash(new Sm3Hmac(await keys.PlatformKeyAsync(SubjectHasher.KeyName, ct).ConfigureAwait(false)), subjectKey);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<UseRow>(new CommandDefinition(database.Sql("Audit/Sql/SelectSubjectUses"),
            new { Hash = hash, Limit = Math.Clamp(limit, 1, 10_000) }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => new SubjectUse(r.Seq, AuditCanonical.FromMicroseconds(r.At), r.DepartmentId, r.DepartmentName,
            r.ApplicationId, r.GrantId, r.Purpose, r.Action, r.ResourceCode))];
    }

    private (string Sql, DynamicParameters Parameters) Build(AuditQuery q, long? before)
    {
        var where = new List<string>();
        var p = new DynamicParameters();
        void Add<T>(T? value, string condition, string name)
        {
            if (value is not null)
            {
                where.Add(condition);
                p.Add(name, value);
            }
        }
        Add(q.From is { } from ? AuditCanonical.ToMicroseconds(from) : (long?)null, "at >= @From", "From");
        Add(q.To is { } to ? AuditCanonical.ToMicroseconds(to) : (long?)null, "at < @To", "To");
        Add(q.UserId, "user_id = @UserId", "UserId");
        Add(q.DepartmentId, "department_id = @DepartmentId", "DepartmentId");
        Add(q.ResourceCode, "resource_code = @ResourceCode", "ResourceCode");
        Add(q.Action, "action = @Action", "Action");
        Add(q.Result is { } result ? AuditRow.OutcomeText(result) : null, "result = @Result", "Result");
        Add(before, "seq < @Before", "Before");
        var sql = database.Sql("Audit/Sql/SelectEvents");
        return (where.Count == 0 ? sql : sql + " WHERE " + string.Join(" AND ", where), p);
    }

    private static AuditRecord ToRecord(AuditRow r) => new(
        r.Seq, AuditCanonical.FromMicroseconds(r.At), r.UserId, r.Username, r.Role, r.DepartmentId, r.ApplicationId, r.Ip, r.Action,
        r.ResourceCode, r.Items is null ? [] : JsonSerializer.Deserialize<List<string>>(r.Items, AuditJson.Options) ?? [], r.RowCount, r.Filter,
        r.GrantId, r.Purpose, r.Result switch { "ok" => AuditOutcome.Ok, "denied" => AuditOutcome.Denied, _ => AuditOutcome.Error },
        r.Detail, (r.Subjects?.Length ?? 0) / Sm3.HashSize, Convert.ToHexStringLower(r.Hash));

    private sealed class UseRow
    {
        public long Seq { get; set; }
        public long At { get; set; }
        public long? DepartmentId { get; set; }
        public string? DepartmentName { get; set; }
        public long? ApplicationId { get; set; }
        public long? GrantId { get; set; }
        public string? Purpose { get; set; }
        public string Action { get; set; } = "";
        public string? ResourceCode { get; set; }
    }
}
