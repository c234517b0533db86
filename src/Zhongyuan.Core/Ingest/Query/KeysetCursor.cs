using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Zhongyuan.Ingest.Query;

/// <summary>
/// The keyset cursor: base64url JSON of the last row's sort values (invariant text, see <see cref="ColumnValues"/>),
/// its row number, and a short hash of the sort it belongs to, so a cursor used with another sort is refused.
/// </summary>
internal static class KeysetCursor
{
    private const int MaxLength = 8_192;

    /// <summary>Encodes a cursor.</summary>
    public static string Encode(IReadOnlyList<(IngestColumn Column, bool Descending)> sort, IReadOnlyList<object?> values, long row)
    {
        var payload = new Payload(Signature(sort), [.. values.Select(v => v is null ? null : ColumnValues.ToText(v))], row);
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
    }

    /// <summary>Decodes and validates a cursor against the sort: the typed sort values and the row number.</summary>
    /// <exception cref="QueryException">The cursor is malformed, tampered with, or from another sort.</exception>
    public static (object?[] Values, long Row) Decode(string cursor, IReadOnlyList<(IngestColumn Column, bool Descending)> sort)
    {
        var payload = Read(cursor);
        if (payload is null || payload.S != Signature(sort) || payload.K is null || payload.K.Length != sort.Count || payload.R < 1)
        {
            throw Invalid();
        }

        var values = new object?[sort.Count];
        for (var i = 0; i < sort.Count; i++)
        {
            var text = payload.K[i];
            if (text is not null && !ColumnValues.TryParse(sort[i].Column.Type, text, out values[i]!))
            {
                throw Invalid();
            }
        }

        return (values, payload.R);
    }

    private static Payload? Read(string cursor)
    {
        try
        {
            return cursor.Length <= MaxLength ? JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(cursor)) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static string Signature(IReadOnlyList<(IngestColumn Column, bool Descending)> sort)
    {
        var text = string.Join('\u0001', sort.Select(k => k.Column.Name + (k.Descending ? "\u0002d" : "\u0002a")));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 6);
    }

    private static QueryException Invalid() => QueryException.Of(
        "after",
        "cursor_invalid",
        "翻页游标无效、已被修改或不属于当前排序，请从第一页重新开始",
        "The paging cursor is invalid, was modified, or belongs to another sort; start again from the first page");

    private sealed record Payload(string S, string?[]? K, long R);
}
