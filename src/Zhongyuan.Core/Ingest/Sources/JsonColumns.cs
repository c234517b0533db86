using System.Text;
using System.Text.Json;

namespace Zhongyuan.Ingest.Sources;

/// <summary>The columns of a JSON source (the union of the objects' keys in order of first appearance) and row filling.</summary>
internal sealed class JsonColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _names = [];
    private readonly char[] _name = new char[256];

    public JsonColumns() => _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The column names in order of first appearance.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Adds the keys of <paramref name="json"/> (one whole object) not seen before.</summary>
    public void Collect(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!_lookup.ContainsKey(Name(ref reader)))
            {
                var name = reader.GetString()!;
                _index.Add(name, _names.Count);
                _names.Add(name);
            }
            reader.Read();
            reader.Skip();
        }
    }

    /// <summary>
    /// Fills <paramref name="values"/> from <paramref name="json"/>: strings as they are, numbers as written, booleans
    /// as <c>true</c>/<c>false</c>, null and missing keys as null, nested objects and arrays as their JSON text.
    /// </summary>
    public void Fill(ReadOnlySpan<byte> json, string?[] values)
    {
        Array.Clear(values);
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Every key was seen by Collect in the first pass over the same bytes.
            var column = _lookup[Name(ref reader)];
            reader.Read();
            values[column] = Value(ref reader, json);
        }
    }

    private ReadOnlySpan<char> Name(ref Utf8JsonReader reader) =>
        reader.HasValueSequence || reader.ValueSpan.Length > _name.Length ? reader.GetString() : _name.AsSpan(0, reader.CopyString(_name));

    private static string? Value(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return null;
            default:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return Encoding.UTF8.GetString(json[start..(int)reader.BytesConsumed]);
        }
    }
}
