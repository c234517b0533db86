using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;
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
                InsertSqlite(sqlite, rows);
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

    /// <summary>
    /// Inserts through SQLite's native statement API: one prepared statement per table, bound and stepped per row
    /// (Microsoft.Data.Sqlite re-inspects all 20 parameters on every execution, which costs more than the insert).
    /// </summary>
    private void InsertSqlite(SqliteConnection c, List<AuditRow> rows)
    {
        using var insert = Prepare(c, _database.Sql("Audit/Sql/InsertEvent"));
        using var subject = Prepare(c, _database.Sql("Audit/Sql/InsertSubject"));
        foreach (var r in rows)
        {
            var i = 1;
            raw.sqlite3_bind_int64(insert, i++, r.Seq);
            raw.sqlite3_bind_int64(insert, i++, r.At);
            Bind(insert, i++, r.UserId);
            Bind(insert, i++, r.Username);
            Bind(insert, i++, r.Role);
            Bind(insert, i++, r.DepartmentId);
            Bind(insert, i++, r.ApplicationId);
            Bind(insert, i++, r.Ip);
            Bind(insert, i++, r.Action);
            Bind(insert, i++, r.ResourceCode);
            Bind(insert, i++, r.Items);
            Bind(insert, i++, r.RowCount);
            Bind(insert, i++, r.Filter);
            Bind(insert, i++, r.GrantId);
            Bind(insert, i++, r.Purpose);
            Bind(insert, i++, r.Result);
            Bind(insert, i++, r.Detail);
            Bind(insert, i++, r.Subjects);
            Bind(insert, i++, r.PrevHash);
            Bind(insert, i, r.Hash);
            Step(c, insert);
            for (var offset = 0; r.Subjects is not null && offset < r.Subjects.Length; offset += Sm3.HashSize)
            {
                raw.sqlite3_bind_blob(subject, 1, r.Subjects.AsSpan(offset, Sm3.HashSize));
                raw.sqlite3_bind_int64(subject, 2, r.Seq);
                Step(c, subject);
            }
        }
    }

    private static sqlite3_stmt Prepare(SqliteConnection c, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(c.Handle, sql, out var statement);
        return rc == raw.SQLITE_OK ? statement : throw new SqliteException(raw.sqlite3_errmsg(c.Handle).utf8_to_string(), rc);
    }

    private static void Step(SqliteConnection c, sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(c.Handle).utf8_to_string(), rc, raw.sqlite3_extended_errcode(c.Handle));
        }
    }

    private static void Bind(sqlite3_stmt s, int index, long? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_int64(s, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(s, index);
        }
    }

    private static void Bind(sqlite3_stmt s, int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(s, index);
        }
        else
        {
            raw.sqlite3_bind_text(s, index, value);
        }
    }

    private static void Bind(sqlite3_stmt s, int index, byte[]? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(s, index);
        }
        else
        {
            raw.sqlite3_bind_blob(s, index, value);
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
