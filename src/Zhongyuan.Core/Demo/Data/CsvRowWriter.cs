using System.Globalization;

namespace Zhongyuan.Demo.Data;

/// <summary>
/// Writes CSV rows to a <see cref="TextWriter"/> with RFC 4180 quoting: a field holding a comma, a double quote
/// or a line break is quoted, and its quotes doubled. A row is composed in a reusable char buffer, field by field
/// (<see cref="BeginField"/>, appends, <see cref="EndField"/>), so writing a row allocates nothing.
/// </summary>
internal sealed class CsvRowWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly string _newLine;
    private char[] _row = new char[1024];
    private int _length;
    private int _fieldStart;
    private int _fields;
    private bool _rowEnded = true;

    /// <summary>Writes to <paramref name="writer"/>, ending rows with <paramref name="newLine"/>; disposes it on <see cref="Dispose"/>.</summary>
    public CsvRowWriter(TextWriter writer, string newLine)
    {
        _writer = writer;
        _newLine = newLine;
    }

    /// <summary>The rows written so far, header excluded, duplicates included.</summary>
    public long Rows { get; private set; }

    /// <summary>Writes the header row; it is not counted in <see cref="Rows"/>.</summary>
    public void Header(IEnumerable<string> columns)
    {
        foreach (var column in columns)
        {
            Field(column);
        }
        EndRow();
        Rows--;
    }

    /// <summary>Writes a whole field.</summary>
    public void Field(ReadOnlySpan<char> value)
    {
        BeginField();
        Append(value);
        EndField();
    }

    /// <summary>Starts a field; its text is what is appended until <see cref="EndField"/>.</summary>
    public void BeginField()
    {
        if (_rowEnded)
        {
            _length = 0;
            _fields = 0;
            _rowEnded = false;
        }
        if (_fields++ > 0)
        {
            Append(',');
        }
        _fieldStart = _length;
    }

    /// <summary>Appends text to the current field.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_row.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Appends one character to the current field.</summary>
    public void Append(char c)
    {
        Reserve(1);
        _row[_length++] = c;
    }

    /// <summary>Appends <paramref name="value"/> as exactly <paramref name="digits"/> zero-padded digits.</summary>
    public void AppendDigits(int value, int digits)
    {
        Reserve(digits);
        DemoResidentIds.WriteDigits(_row.AsSpan(_length, digits), value);
        _length += digits;
    }

    /// <summary>Appends a non-negative integer without padding.</summary>
    public void AppendNumber(long value)
    {
        Reserve(20);
        value.TryFormat(_row.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Appends a number with a .NET numeric format, e.g. <c>F2</c> or <c>N2</c>, in the invariant culture.</summary>
    public void AppendNumber(double value, string format)
    {
        Reserve(40);
        value.TryFormat(_row.AsSpan(_length), out var written, format, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>The text of the current field so far, e.g. to rewrite its digits in place.</summary>
    public Span<char> CurrentField => _row.AsSpan(_fieldStart, _length - _fieldStart);

    /// <summary>Ends the field, quoting it when RFC 4180 requires.</summary>
    public void EndField()
    {
        var field = _row.AsSpan(_fieldStart, _length - _fieldStart);
        if (field.IndexOfAny(",\"\r\n") < 0)
        {
            return;
        }
        var quotes = field.Count('"');
        Reserve(quotes + 2);
        var source = _row.AsSpan(_fieldStart, _length - _fieldStart).ToArray();
        var target = _fieldStart;
        _row[target++] = '"';
        foreach (var c in source)
        {
            _row[target++] = c;
            if (c == '"')
            {
                _row[target++] = '"';
            }
        }
        _row[target++] = '"';
        _length = target;
    }

    /// <summary>Ends the row and writes it; <paramref name="twice"/> writes it again right after (a duplicate row).</summary>
    public void EndRow(bool twice = false)
    {
        Append(_newLine);
        _rowEnded = true;
        _writer.Write(_row, 0, _length);
        Rows++;
        if (twice)
        {
            _writer.Write(_row, 0, _length);
            Rows++;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();

    private void Reserve(int extra)
    {
        if (_length + extra > _row.Length)
        {
            Array.Resize(ref _row, Math.Max(_row.Length * 2, _length + extra));
        }
    }
}
