using Zhongyuan.Identifiers;

namespace Zhongyuan.Demo.Data;

/// <summary>
/// Writes the cells of one data set's rows with the deliberate mistakes of <see cref="DemoNoise"/>: a non-key cell
/// may be left empty, any cell may get a stray space, dates switch style, ID numbers and phones get their typical
/// corruptions, and a row may be written twice. Begin a composed cell with <see cref="Begin"/>, append its text to
/// <see cref="Csv"/> and finish it with <see cref="End"/>; skip the appends when <see cref="Begin"/> returns false.
/// </summary>
internal sealed class NoisyRow
{
    private static readonly DateStyle[] _styles = Enum.GetValues<DateStyle>();
    private static readonly char[] _secondDigits = ['3', '5', '8', '9'];
    private static readonly int[] _thirdDigitsAfter9 = [1, 3, 8, 9];
    private readonly DemoRandom _random;
    private readonly DateStyle _dateStyle;
    private bool _trailingSpace;

    /// <summary>Writes to <paramref name="csv"/>, drawing from <paramref name="random"/>; dates mostly in <paramref name="dateStyle"/>.</summary>
    public NoisyRow(CsvRowWriter csv, DemoRandom random, DateStyle dateStyle)
    {
        Csv = csv;
        _random = random;
        _dateStyle = dateStyle;
    }

    /// <summary>The writer the cells go to.</summary>
    public CsvRowWriter Csv { get; }

    /// <summary>Starts a cell; false when the cell is left empty on purpose (then it is already finished).</summary>
    public bool Begin(bool key = false)
    {
        Csv.BeginField();
        if (!key && _random.Chance(DemoNoise.Missing))
        {
            Csv.EndField();
            return false;
        }
        _trailingSpace = false;
        if (_random.Chance(DemoNoise.StraySpace))
        {
            if (_random.Next(2) == 0)
            {
                Csv.Append(' ');
            }
            else
            {
                _trailingSpace = true;
            }
        }
        return true;
    }

    /// <summary>Finishes a cell started with <see cref="Begin"/>.</summary>
    public void End()
    {
        if (_trailingSpace)
        {
            Csv.Append(' ');
        }
        Csv.EndField();
    }

    /// <summary>A text cell.</summary>
    public void Text(ReadOnlySpan<char> value, bool key = false)
    {
        if (Begin(key))
        {
            Csv.Append(value);
            End();
        }
    }

    /// <summary>A whole-number cell.</summary>
    public void Number(long value, bool key = false)
    {
        if (Begin(key))
        {
            Csv.AppendNumber(value);
            End();
        }
    }

    /// <summary>A decimal cell with a .NET numeric format such as <c>F2</c>.</summary>
    public void Number(double value, string format, bool key = false)
    {
        if (Begin(key))
        {
            Csv.AppendNumber(value, format);
            End();
        }
    }

    /// <summary>A date cell, mostly in the data set's style.</summary>
    public void Date(DateOnly day, bool key = false)
    {
        if (Begin(key))
        {
            DemoNoise.AppendDate(Csv, day, _random.Chance(DemoNoise.OtherDateStyle) ? _random.Pick(_styles) : _dateStyle);
            End();
        }
    }

    /// <summary>A timestamp cell: the date in the data set's style, then <c>HH:mm:ss</c>.</summary>
    public void Timestamp(DateOnly day, int secondOfDay, bool key = false)
    {
        if (Begin(key))
        {
            DemoNoise.AppendDate(Csv, day, _dateStyle);
            Csv.Append(' ');
            Csv.AppendDigits(secondOfDay / 3600, 2);
            Csv.Append(':');
            Csv.AppendDigits(secondOfDay / 60 % 60, 2);
            Csv.Append(':');
            Csv.AppendDigits(secondOfDay % 60, 2);
            End();
        }
    }

    /// <summary>A person's ID number cell with the ID noise: legacy 15-digit form, full-width digits, bad check character.</summary>
    public void Id(in DemoPerson person, bool key = false)
    {
        if (!Begin(key))
        {
            return;
        }
        var draw = _random.NextDouble();
        Span<char> id = stackalloc char[18];
        if (draw < DemoNoise.LegacyId && person.Birth.Year < 2000)
        {
            DemoResidentIds.WriteLegacy(id, person.Home.Code, person.Birth, person.Sequence);
            Csv.Append(id[..15]);
            End();
            return;
        }
        person.WriteId(id);
        draw -= DemoNoise.LegacyId;
        if (draw is >= 0 and < DemoNoise.FullWidthId)
        {
            DemoNoise.ToFullWidth(id);
        }
        else if (draw is >= DemoNoise.FullWidthId and < DemoNoise.FullWidthId + DemoNoise.BadCheckId)
        {
            var right = ResidentIdNumber.CheckCharacters.IndexOf(id[17], StringComparison.Ordinal);
            id[17] = ResidentIdNumber.CheckCharacters[(right + 1 + _random.Next(10)) % 11];
        }
        Csv.Append(id);
        End();
    }

    /// <summary>A mobile phone cell (13x/15x/18x/19x), sometimes full-width or formatted.</summary>
    public void Phone()
    {
        if (!Begin())
        {
            return;
        }
        Span<char> phone = stackalloc char[11];
        phone[0] = '1';
        phone[1] = _random.Pick(_secondDigits);
        phone[2] = (char)('0' + (phone[1] == '9' ? _random.Pick(_thirdDigitsAfter9) : _random.Next(10)));
        DemoResidentIds.WriteDigits(phone[3..], _random.Next(100_000_000));
        var draw = _random.NextDouble();
        if (draw < DemoNoise.FullWidthPhone)
        {
            DemoNoise.ToFullWidth(phone);
            Csv.Append(phone);
        }
        else if (draw < DemoNoise.FullWidthPhone + DemoNoise.FormattedPhone)
        {
            Formatted(phone);
        }
        else
        {
            Csv.Append(phone);
        }
        End();
    }

    /// <summary>Ends the row, writing it twice at the duplicate rate.</summary>
    public void EndRow() => Csv.EndRow(_random.Chance(DemoNoise.Duplicate));

    private void Formatted(ReadOnlySpan<char> phone)
    {
        if (_random.Next(2) == 0)
        {
            Csv.Append("+86 ");
            Csv.Append(phone);
            return;
        }
        Csv.Append(phone[..3]);
        Csv.Append('-');
        Csv.Append(phone[3..7]);
        Csv.Append('-');
        Csv.Append(phone[7..]);
    }
}
