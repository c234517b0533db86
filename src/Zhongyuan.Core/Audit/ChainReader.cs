using System.Buffers.Binary;
using System.Data.Common;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// Reads from a SQLite database file through its own handle opened without SQLite's per-call mutex
    /// (<c>SQLITE_OPEN_NOMUTEX</c>): the verifier makes about 40 column calls per event, each of which would otherwise
    /// take and release the connection mutex. The handle must stay on one thread at a time, as the verifier's workers do.
    /// </summary>
    public static sqlite3 OpenUnlocked(string path)
    {
        var rc = raw.sqlite3_open_v2(path, out var db, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_NOMUTEX, null);
        if (rc != raw.SQLITE_OK)
        {
            var message = raw.sqlite3_errmsg(db).utf8_to_string();
            db.Dispose();
            throw new SqliteException(message, rc);
        }
        raw.sqlite3_busy_timeout(db, 30_000);
        return db;
    }

    /// <summary>A reader of <paramref name="sql"/> over a handle from <see cref="OpenUnlocked"/>.</summary>
    public static ChainReader Open(sqlite3 db, string sql, long from, long to) => new Sqlite(db, sql, from, to);

    /// <summary>Reads the rows of <paramref name="sql"/>, which takes the seq range [<paramref name="from"/>, <paramref name="to"/>) as <c>@from_seq</c>, <c>@to_seq</c>.</summary>
    public static ChainReader Open(DbConnection connection, string sql, long from = long.MinValue, long to = long.MaxValue) => connection switch
    {
        SqliteConnection s => new Sqlite(s, sql, from, to),
        NpgsqlConnection n => new Postgres(n, sql, from, to),
        _ => throw new NotSupportedException(connection.GetType().Name),
    };

    private sealed class Sqlite : ChainReader
    {
        private readonly sqlite3_stmt _statement;
        private readonly byte[] _prev = new byte[Zhongyuan.Crypto.Sm3.HashSize];
        private readonly byte[] _hash = new byte[Zhongyuan.Crypto.Sm3.HashSize];

        public Sqlite(SqliteConnection connection, string sql, long from, long to)
            : this(connection.Handle!, sql, from, to)
        {
        }

        public Sqlite(sqlite3 db, string sql, long from, long to)
        {
            var rc = raw.sqlite3_prepare_v2(db, sql, out _statement);
            if (rc != raw.SQLITE_OK)
            {
                throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
            }
            Bind("@from_seq", from);
            Bind("@to_seq", to);
        }

        private void Bind(string name, long value)
        {
            var index = raw.sqlite3_bind_parameter_index(_statement, name);
            if (index > 0)
            {
                raw.sqlite3_bind_int64(_statement, index, value);
            }
        }

        public override bool Fill(VerifyBatch batch)
        {
            var handle = _statement.DangerousGetHandle();
            while (!batch.IsFull)
            {
                var rc = raw.sqlite3_step(_statement);
                if (rc == raw.SQLITE_DONE)
                {
                    return false;
                }
                if (rc != raw.SQLITE_ROW)
                {
                    throw new SqliteException($"Reading the audit chain failed ({rc}).", rc);
                }
                batch.BeginRow(SqliteColumns.Int64(handle, 0));
                var kinds = AuditCanonical.Kinds;
                for (var i = 0; i < AuditCanonical.FieldCount; i++)
                {
                    switch (kinds[i])
                    {
                        case (byte)'I':
                            AuditCanonical.Int(batch.Canonical, SqliteColumns.Int64(handle, i));
                            break;
                        case (byte)'N':
                            AuditCanonical.NullableInt(batch.Canonical,
                                SqliteColumns.Type(handle, i) == SqliteColumns.Null ? null : SqliteColumns.Int64(handle, i));
                            break;
                        default:
                            CopyBytes(batch, handle, i);
                            break;
                    }
                }
                batch.EndRow(Link(handle, 18, _prev), Link(handle, 19, _hash));
            }
            return true;
        }

        /// <summary>Appends a T/B field straight from SQLite's memory (its UTF-8 text or blob bytes).</summary>
        private static void CopyBytes(VerifyBatch batch, IntPtr handle, int column)
        {
            // sqlite3_column_blob before sqlite3_column_bytes, as SQLite's documentation orders them. A null pointer is
            // NULL or a zero-length value; only then is the type asked (one native call fewer for every other field).
            var pointer = SqliteColumns.Blob(handle, column);
            var length = SqliteColumns.Bytes(handle, column);
            if (pointer == IntPtr.Zero || length == 0)
            {
                AuditCanonical.Bytes(batch.Canonical, [], SqliteColumns.Type(handle, column) == SqliteColumns.Null);
                return;
            }
            var at = batch.Canonical.Length;
            AuditCanonical.Bytes(batch.Canonical, [], isNull: false);
            BinaryPrimitives.WriteUInt32BigEndian(batch.Canonical.Array.AsSpan(at), (uint)length);
            batch.Canonical.Reserve(length);
            Marshal.Copy(pointer, batch.Canonical.Array, at + 4, length);
        }

        private static byte[] Link(IntPtr handle, int column, byte[] target)
        {
            var pointer = SqliteColumns.Blob(handle, column);
            var length = SqliteColumns.Bytes(handle, column);
            if (length != target.Length)
            {
                return [];
            }
            Marshal.Copy(pointer, target, 0, length);
            return target;
        }

        public override void Dispose() => _statement.Dispose();
    }

    private sealed class Postgres : ChainReader
    {
        private readonly NpgsqlCommand _command;
        private readonly NpgsqlDataReader _reader;
        private byte[] _text = new byte[1024];

        public Postgres(NpgsqlConnection connection, string sql, long from, long to)
        {
            _command = new NpgsqlCommand(sql, connection);
            _command.Parameters.AddWithValue("from_seq", from);
            _command.Parameters.AddWithValue("to_seq", to);
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
