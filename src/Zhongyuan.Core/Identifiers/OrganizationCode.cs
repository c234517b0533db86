namespace Zhongyuan.Identifiers;

/// <summary>
/// The organization code (组织机构代码, GB 11714-1997): 8 body characters from <c>0-9A-Z</c>
/// and a check character <c>0-9</c> or <c>X</c>, written here without the hyphen
/// (<c>M000100Y4</c>, not <c>M000100Y-4</c>). Letters must be upper case.
/// </summary>
public static class OrganizationCode
{
    /// <summary>The number of characters of a code, check character included.</summary>
    public const int Length = 9;

    private static readonly int[] _weights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// Whether <paramref name="code"/> is 9 characters, the first 8 from <c>0-9A-Z</c>, the last
    /// equal to <see cref="ComputeCheckCharacter"/> of the first 8.
    /// </summary>
    public static bool IsValid(string? code) => code is not null && IsValid(code.AsSpan());

    /// <summary>The check of <see cref="IsValid(string)"/> on a span, without allocating.</summary>
    public static bool IsValid(ReadOnlySpan<char> code) =>
        code.Length == Length
        && IsBody(code[..(Length - 1)])
        && CheckCharacterOf(code[..(Length - 1)]) == code[^1];

    /// <summary>
    /// Computes the check character of an 8-character body: with values 0–9 for digits and
    /// 10–35 for A–Z and weights 3 7 9 10 5 8 4 2, check = 11 − (Σ mod 11), where 10 is written
    /// <c>X</c> and 11 is written <c>0</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The body is not 8 characters from <c>0-9A-Z</c>.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first8)
    {
        if (!IsBody(first8))
        {
            throw new ArgumentException("An organization code body is 8 characters from 0-9A-Z.", nameof(first8));
        }

        return CheckCharacterOf(first8);
    }

    private static char CheckCharacterOf(ReadOnlySpan<char> first8)
    {
        var sum = 0;
        for (var i = 0; i < first8.Length; i++)
        {
            sum += ValueOf(first8[i]) * _weights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var check => (char)('0' + check),
        };
    }

    private static bool IsBody(ReadOnlySpan<char> body)
    {
        if (body.Length != _weights.Length)
        {
            return false;
        }

        foreach (var c in body)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int ValueOf(char c) => char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
}
