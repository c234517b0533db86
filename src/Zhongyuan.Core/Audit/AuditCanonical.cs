using System.Buffers.Binary;

namespace Zhongyuan.Audit;

/// <summary>
/// The canonical bytes of an event, which the hash chain covers: the magic <c>ZYA1</c>, then the 18 fields of
/// <see cref="Columns"/> in that order, each encoded by its kind: <b>I</b> 8 bytes big-endian two's complement;
/// <b>N</b> (nullable integer) one byte 0 for null, or 1 and 8 bytes big-endian; <b>T</b>/<b>B</b> (text as UTF-8,
/// bytes) 4 bytes big-endian 0xFFFFFFFF for null, else the length as uint32 big-endian and the bytes.
/// An event's hash is SM3(previous hash ‖ canonical bytes); the first event's previous hash is 32 zero bytes.
/// </summary>
internal static class AuditCanonical
{
    /// <summary>The columns of <c>audit_events</c> in canonical order, followed by <c>prev_hash, hash</c> in reads.</summary>
    public const string Columns =
        "seq, at, user_id, username, role, department_id, application_id, ip, action, resource_code, items, row_count, filter, grant_id, purpose, result, detail, subjects";

    /// <summary>The encoding kind of each column of <see cref="Columns"/>.</summary>
    public static ReadOnlySpan<byte> Kinds => "IINTTNNTTTTNTNTTTB"u8;

    /// <summary>The number of canonical fields.</summary>
    public const int FieldCount = 18;

    /// <summary>The magic that starts every canonical event (format 1).</summary>
    public static ReadOnlySpan<byte> Magic => "ZYA1"u8;

    /// <summary>The magic that starts a checkpoint's signed bytes.</summary>
    public static ReadOnlySpan<byte> CheckpointMagic => "ZYCP1"u8;

    private const uint NullLength = uint.MaxValue;

    /// <summary>The bytes a checkpoint signature covers: <c>ZYCP1 ‖ seq (8, BE) ‖ hash (32) ‖ at (8, BE, Unix µs)</c>.</summary>
    public static byte[] CheckpointBytes(long seq, ReadOnlySpan<byte> hash, long atMicroseconds)
    {
        var bytes = new byte[CheckpointMagic.Length + 8 + hash.Length + 8];
        CheckpointMagic.CopyTo(bytes);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(5), seq);
        hash.CopyTo(bytes.AsSpan(13));
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(13 + hash.Length), atMicroseconds);
        return bytes;
    }

    /// <summary>Unix microseconds of a time.</summary>
    public static long ToMicroseconds(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>The time of Unix microseconds.</summary>
    public static DateTimeOffset FromMicroseconds(long us) => DateTimeOffset.UnixEpoch.AddTicks(us * 10);

    /// <summary>Appends an <b>I</b> field.</summary>
    public static void Int(CanonicalBuffer b, long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(b.Reserve(8), value);
    }

    /// <summary>Appends an <b>N</b> field.</summary>
    public static void NullableInt(CanonicalBuffer b, long? value)
    {
        if (value is not { } v)
        {
            b.Reserve(1)[0] = 0;
            return;
        }
        var span = b.Reserve(9);
        span[0] = 1;
        BinaryPrimitives.WriteInt64BigEndian(span[1..], v);
    }

    /// <summary>Appends a <b>T</b> or <b>B</b> field from bytes (UTF-8 for text); <paramref name="isNull"/> for SQL NULL.</summary>
    public static void Bytes(CanonicalBuffer b, ReadOnlySpan<byte> value, bool isNull)
    {
        var span = b.Reserve(4 + (isNull ? 0 : value.Length));
        BinaryPrimitives.WriteUInt32BigEndian(span, isNull ? NullLength : (uint)value.Length);
        value.CopyTo(span[4..]);
    }

    /// <summary>Appends a <b>T</b> field from a string.</summary>
    public static void Text(CanonicalBuffer b, string? value)
    {
        if (value is null)
        {
            Bytes(b, [], isNull: true);
            return;
        }
        var length = System.Text.Encoding.UTF8.GetByteCount(value);
        var span = b.Reserve(4 + length);
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)length);
        System.Text.Encoding.UTF8.GetBytes(value, span[4..]);
    }

    /// <summary>The canonical bytes of a stored row, appended to <paramref name="b"/>.</summary>
    public static void Write(CanonicalBuffer b, AuditRow r)
    {
        b.Append(Magic);
        Int(b, r.Seq);
        Int(b, r.At);
        NullableInt(b, r.UserId);
        Text(b, r.Username);
        Text(b, r.Role);
        NullableInt(b, r.DepartmentId);
        NullableInt(b, r.ApplicationId);
        Text(b, r.Ip);
        Text(b, r.Action);
        Text(b, r.ResourceCode);
        Text(b, r.Items);
        NullableInt(b, r.RowCount);
        Text(b, r.Filter);
        NullableInt(b, r.GrantId);
        Text(b, r.Purpose);
        Text(b, r.Result);
        Text(b, r.Detail);
        Bytes(b, r.Subjects, r.Subjects is null);
    }
}
