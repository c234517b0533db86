using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Zhongyuan.Crypto;

namespace Zhongyuan.Audit;

public sealed partial class AuditLog
{
    private readonly CanonicalBuffer _canonical = new();
    private readonly Sm3Hasher _hasher = Sm3.CreateHasher();

    /// <summary>
    /// Stores a batch in one transaction: reads the chain head (locking it), chains the rows, inserts them and their
    /// subject hashes, moves the head. On SQLite the commit runs with <c>synchronous=FULL</c> (the WAL is synced on
    /// every commit); PostgreSQL commits durably by default.
    /// </summary>
    private async Task WriteBatchAsync(List<AuditRow> rows)
    {
        await using var c = await _database.OpenAsync().ConfigureAwait(false);
        var sqlite = c as SqliteConnection;
        if (sqlite is not null)
        {
            await ExecuteAsync(c, "PRAGMA synchronous=FULL").ConfigureAwait(false);
        }
        try
        {
            await using var t = await c.BeginTransactionAsync().ConfigureAwait(false);
            var head = await c.QuerySingleAsync<Head>(new CommandDefinition(_database.Sql("Audit/Sql/SelectHead"), transaction: t)).ConfigureAwait(false);
            Chain(rows, head);
            if (sqlite is not null)
            {
                InsertSqlite(sqlite, (SqliteTransaction)t, rows);
            }
            else
            {
                await CopyPostgresAsync((NpgsqlConnection)c, rows).ConfigureAwait(false);
            }
            await c.ExecuteAsync(new CommandDefinition(_database.Sql("Audit/Sql/UpdateHead"), new { rows[^1].Seq, rows[^1].Hash }, t)).ConfigureAwait(false);
            await t.CommitAsync().ConfigureAwait(false);
        }
        finally
        {
            if (sqlite is not null)
            {
                // The connection goes back to the pool: other writers keep the platform's usual NORMAL.
                await ExecuteAsync(c, "PRAGMA synchronous=NORMAL").ConfigureAwait(false);
            }
        }
    }

    private void Chain(List<AuditRow> rows, Head head)
    {
        var seq = head.Seq;
        var prev = head.Hash;
        foreach (var row in rows)
        {
            row.Seq = ++seq;
            row.PrevHash = prev;
            _canonical.Clear();
            AuditCanonical.Write(_canonical, row);
            _hasher.Append(prev);
            _hasher.Append(_canonical.Written);
            row.Hash = _hasher.GetHashAndReset();
            prev = row.Hash;
        }
    }

    private void InsertSqlite(SqliteConnection c, SqliteTransaction t, List<AuditRow> rows)
    {
        using var insert = c.CreateCommand();
        insert.Transaction = t;
        insert.CommandText = _database.Sql("Audit/Sql/InsertEvent");
        var p = new[]
        {
            "seq", "at", "user_id", "username", "role", "department_id", "application_id", "ip", "action", "resource_code", "items",
            "row_count", "filter", "grant_id", "purpose", "result", "detail", "subjects", "prev_hash", "hash",
        }.Select(n => insert.Parameters.Add("@" + n, SqliteType.Text)).ToArray();
        using var subject = c.CreateCommand();
        subject.Transaction = t;
        subject.CommandText = _database.Sql("Audit/Sql/InsertSubject");
        var subjectHash = subject.Parameters.Add("@subject_hash", SqliteType.Blob);
        var subjectSeq = subject.Parameters.Add("@seq", SqliteType.Integer);
        foreach (var r in rows)
        {
            object?[] values = [r.Seq, r.At, r.UserId, r.Username, r.Role, r.DepartmentId, r.ApplicationId, r.Ip, r.Action, r.ResourceCode, r.Items,
                r.RowCount, r.Filter, r.GrantId, r.Purpose, r.Result, r.Detail, r.Subjects, r.PrevHash, r.Hash];
            for (var i = 0; i < values.Length; i++)
            {
                p[i].SqliteType = values[i] switch { long => SqliteType.Integer, byte[] => SqliteType.Blob, _ => SqliteType.Text };
                p[i].Value = values[i] ?? DBNull.Value;
            }
            insert.ExecuteNonQuery();
            for (var offset = 0; r.Subjects is not null && offset < r.Subjects.Length; offset += Sm3.HashSize)
            {
                subjectHash.Value = r.Subjects.AsSpan(offset, Sm3.HashSize).ToArray();
                subjectSeq.Value = r.Seq;
                subject.ExecuteNonQuery();
            }
        }
    }

    private static async Task CopyPostgresAsync(NpgsqlConnection c, List<AuditRow> rows)
    {
        await using (var copy = await c.BeginBinaryImportAsync(
            $"COPY audit_events ({AuditCanonical.Columns}, prev_hash, hash) FROM STDIN (FORMAT BINARY)").ConfigureAwait(false))
        {
            foreach (var r in rows)
            {
                await copy.StartRowAsync().ConfigureAwait(false);
                await copy.WriteAsync(r.Seq, NpgsqlDbType.Bigint).ConfigureAwait(false);
                await copy.WriteAsync(r.At, NpgsqlDbType.Bigint).ConfigureAwait(false);
                await WriteAsync(copy, r.UserId).ConfigureAwait(false);
                await WriteAsync(copy, r.Username).ConfigureAwait(false);
                await WriteAsync(copy, r.Role).ConfigureAwait(false);
                await WriteAsync(copy, r.DepartmentId).ConfigureAwait(false);
                await WriteAsync(copy, r.ApplicationId).ConfigureAwait(false);
                await WriteAsync(copy, r.Ip).ConfigureAwait(false);
                await WriteAsync(copy, r.Action).ConfigureAwait(false);
                await WriteAsync(copy, r.ResourceCode).ConfigureAwait(false);
                await WriteAsync(copy, r.Items).ConfigureAwait(false);
                await WriteAsync(copy, r.RowCount).ConfigureAwait(false);
                await WriteAsync(copy, r.Filter).ConfigureAwait(false);
                await WriteAsync(copy, r.GrantId).ConfigureAwait(false);
                await WriteAsync(copy, r.Purpose).ConfigureAwait(false);
                await WriteAsync(copy, r.Result).ConfigureAwait(false);
                await WriteAsync(copy, r.Detail).ConfigureAwait(false);
                await WriteAsync(copy, r.Subjects).ConfigureAwait(false);
                await copy.WriteAsync(r.PrevHash, NpgsqlDbType.Bytea).ConfigureAwait(false);
                await copy.WriteAsync(r.Hash, NpgsqlDbType.Bytea).ConfigureAwait(false);
            }
            await copy.CompleteAsync().ConfigureAwait(false);
        }
        await using var subjects = await c.BeginBinaryImportAsync("COPY audit_subjects (subject_hash, seq) FROM STDIN (FORMAT BINARY)").ConfigureAwait(false);
        foreach (var r in rows.Where(r => r.Subjects is not null))
        {
            for (var offset = 0; offset < r.Subjects!.Length; offset += Sm3.HashSize)
            {
                await subjects.StartRowAsync().ConfigureAwait(false);
                await subjects.WriteAsync(r.Subjects[offset..(offset + Sm3.HashSize)], NpgsqlDbType.Bytea).ConfigureAwait(false);
                await subjects.WriteAsync(r.Seq, NpgsqlDbType.Bigint).ConfigureAwait(false);
            }
        }
        await subjects.CompleteAsync().ConfigureAwait(false);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, long? value) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Bigint) : copy.WriteNullAsync();

    private static Task WriteAsync(NpgsqlBinaryImporter copy, string? value) =>
        value is not null ? copy.WriteAsync(value, NpgsqlDbType.Text) : copy.WriteNullAsync();

    private static Task WriteAsync(NpgsqlBinaryImporter copy, byte[]? value) =>
        value is not null ? copy.WriteAsync(value, NpgsqlDbType.Bytea) : copy.WriteNullAsync();

    private static async Task ExecuteAsync(DbConnection c, string sql)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private sealed class Head
    {
        public long Seq { get; set; }
        public byte[] Hash { get; set; } = [];
    }
}
