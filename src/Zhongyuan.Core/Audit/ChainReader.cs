using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Zhongyuan.Audit;

/// <summary>
/// Streams the stored chain in seq order into <see cref="VerifyBatch"/>es, writing each row's canonical bytes from the
/// columns as stored. On SQLite it steps the statement through the native API and copies column bytes straight from
/// SQLite's memory (no string or array per row); on PostgreSQL it reads through Npgsql.
/// </summary>
internal abstract class ChainReader : IDisposable
{
    /// <summary>Fills the batch; false once the rows are exhausted (the batch may still hold rows).</summary>
    public abstract bool Fill(VerifyBatch batch);

    public abstract void Dispose();

    public static ChainReader Open(DbConnection connection, string sql) => connection switch
    {
        SqliteConnection s => new Sqlite(s, sql),
        NpgsqlConnection n => new Postgres(n, sql),
        _ => throw new NotSupportedException(connection.GetType().Name),
    };

    private sealed class Sqlite : ChainReader
    {
        private readonly sqlite3_stmt _statement;

        public Sqlite(SqliteConnection connection, string sql)
        {
            var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement);
            if (rc != raw.SQLITE_OK)
            {
                throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
            }
        }

        public override bool Fill(VerifyBatch batch)
        {
            var s = _statement;
            while (!batch.IsFull)
            {
                var rc = raw.sqlite3_step(s);
                if (rc == raw.SQLITE_DONE)
                {
                    return false;
                }
                if (rc != raw.SQLITE_ROW)
                {
                    throw new SqliteException($"Reading the audit chain failed ({rc}).", rc);
                }
                batch.BeginRow(raw.sqlite3_column_int64(s, 0));
                var kinds = AuditCanonical.Kinds;
                for (var i = 0; i < AuditCanonical.FieldCount; i++)
                {
                    var isNull = raw.sqlite3_column_type(s, i) == raw.SQLITE_NULL;
                    switch (kinds[i])
                    {
                        case (byte)'I':
                            AuditCanonical.Int(batch.Canonical, raw.sqlite3_column_int64(s, i));
                            break;
                        case (byte)'N':
                            AuditCanonical.NullableInt(batch.Canonical, isNull ? null : raw.sqlite3_column_int64(s, i));
                            break;
                        default:
                            AuditCanonical.Bytes(batch.Canonical, isNull ? [] : raw.sqlite3_column_blob(s, i), isNull);
                            break;
                    }
                }
                batch.EndRow(raw.sqlite3_column_blob(s, 18), raw.sqlite3_column_blob(s, 19));
            }
            return true;
        }

        public override void Dispose() => _statement.Dispose();
    }

    private sealed class Postgres : ChainReader
    {
        private readonly NpgsqlCommand _command;
        private readonly NpgsqlDataReader _reader;
        private byte[] _text = new byte[1024];

        public Postgres(NpgsqlConnection connection, string sql)
        {
            _command = new NpgsqlCommand(sql, connection);
            _reader = _command.ExecuteReader();
        }

        public override bool Fill(VerifyBatch batch)
        {
            var r = _reader;
            while (!batch.IsFull)
            {
                if (!r.Read())
                {
                    return false;
                }
                batch.BeginRow(r.GetInt64(0));
                var kinds = AuditCanonical.Kinds;
                for (var i = 0; i < AuditCanonical.FieldCount; i++)
                {
                    var isNull = r.IsDBNull(i);
                    switch (kinds[i])
                    {
                        case (byte)'I':
                            AuditCanonical.Int(batch.Canonical, r.GetInt64(i));
                            break;
                        case (byte)'N':
                            AuditCanonical.NullableInt(batch.Canonical, isNull ? null : r.GetInt64(i));
                            break;
                        case (byte)'B':
                            AuditCanonical.Bytes(batch.Canonical, isNull ? [] : r.GetFieldValue<byte[]>(i), isNull);
                            break;
                        default:
                            AuditCanonical.Bytes(batch.Canonical, isNull ? [] : Utf8(r.GetString(i)), isNull);
                            break;
                    }
                }
                batch.EndRow(r.GetFieldValue<byte[]>(18), r.GetFieldValue<byte[]>(19));
            }
            return true;
        }

        private ReadOnlySpan<byte> Utf8(string text)
        {
            var length = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (length > _text.Length)
            {
                _text = new byte[length];
            }
            return _text.AsSpan(0, Encoding.UTF8.GetBytes(text, _text));
        }

        public override void Dispose()
        {
            _reader.Dispose();
            _command.Dispose();
        }
    }
}
