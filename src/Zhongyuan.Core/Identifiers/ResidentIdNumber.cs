namespace Zhongyuan.Identifiers;

/// <summary>
/// The resident ID number (公民身份号码, GB 11643-1999): 6-digit GB/T 2260 region code, birth date
/// YYYYMMDD, 3-digit sequence (odd for men), check character. Checked in layers — format, check
/// character, date, region — by <see cref="Check"/>, the allocation-free fast path.
/// </summary>
public static partial class ResidentIdNumber
{
    /// <summary>The number of characters of a number.</summary>
    public const int Length = 18;

    /// <summary>The number of digits of the legacy (1985–1999) form: no century, no check character.</summary>
    public const int LegacyLength = 15;

    /// <summary>The check characters, indexed by Σ aᵢwᵢ mod 11 over the first 17 digits.</summary>
    public const string CheckCharacters = "10X98765432";

    /// <summary>Birth dates before this year are rejected as <see cref="ResidentIdFailure.BadDate"/>.</summary>
    public const int MinimumBirthYear = 1800;

    // wᵢ = 2^(18−i) mod 11 for i = 1..17.
    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// Runs the layers in order and returns the first failure: <see cref="ResidentIdFailure.Empty"/>,
    /// <see cref="ResidentIdFailure.BadLength"/> (not 18 characters), <see cref="ResidentIdFailure.BadCharacters"/>
    /// (17 ASCII digits then a digit, <c>X</c> or <c>x</c>), <see cref="ResidentIdFailure.BadCheckCharacter"/>,
    /// <see cref="ResidentIdFailure.BadDate"/> (not a real date, or before 1800), <see cref="ResidentIdFailure.FutureDate"/>
    /// (after <paramref name="today"/>), <see cref="ResidentIdFailure.UnknownRegion"/> (see
    /// <see cref="NationalRegions.IsAcceptedInIdentifier"/>). No trimming or width folding: normalise first with
    /// <see cref="Normalize"/>. Allocation-free.
    /// </summary>
    public static ResidentIdFailure Check(ReadOnlySpan<char> id, DateOnly today)
    {
        if (id.Length != Length)
        {
            return id.IsEmpty ? ResidentIdFailure.Empty : ResidentIdFailure.BadLength;
        }

        if (CheckFormatAndCheckCharacter(id) is var format and not ResidentIdFailure.None)
        {
            return format;
        }

        if (CheckDate(id, today) is var date and not ResidentIdFailure.None)
        {
            return date;
        }

        return NationalRegions.IsAcceptedInIdentifier(Digits(id, 0, 6)) ? ResidentIdFailure.None : ResidentIdFailure.UnknownRegion;
    }

    /// <summary>
    /// <see cref="Check"/>, and for a valid number the warning <see cref="ResidentIdWarning.RegionNotValidInBirthYear"/>
    /// when its region code was withdrawn before the birth year or created after it.
    /// </summary>
    public static ResidentIdCheck Validate(ReadOnlySpan<char> id, DateOnly today)
    {
        var failure = Check(id, today);
        if (failure != ResidentIdFailure.None)
        {
            return new ResidentIdCheck(failure, ResidentIdWarning.None);
        }

        var (from, to) = NationalRegions.IdentifierValidity(Digits(id, 0, 6));
        var year = Digits(id, 6, 4);
        var inForce = (from is null || year >= from) && (to is null || year <= to);
        return new ResidentIdCheck(failure, inForce ? ResidentIdWarning.None : ResidentIdWarning.RegionNotValidInBirthYear);
    }

    /// <summary>Whether <paramref name="id"/> is 17 ASCII digits and the right check character (<c>x</c> accepted for <c>X</c>); date and region are not looked at.</summary>
    public static bool HasValidCheckCharacter(ReadOnlySpan<char> id) =>
        id.Length == Length && CheckFormatAndCheckCharacter(id) == ResidentIdFailure.None;

    /// <summary>Computes the check character: <see cref="CheckCharacters"/>[Σ aᵢwᵢ mod 11] with weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2.</summary>
    /// <exception cref="ArgumentException">The input is not 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1 || !TextChars.AllAsciiDigits(first17))
        {
            throw new ArgumentException("Expected 17 ASCII digits.", nameof(first17));
        }

        return CheckCharacters[WeightedSum(first17) % 11];
    }

    private static ResidentIdFailure CheckFormatAndCheckCharacter(ReadOnlySpan<char> id)
    {
        var weights = Weights;
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var digit = (uint)(id[i] - '0');
            if (digit > 9)
            {
                return ResidentIdFailure.BadCharacters;
            }

            sum += (int)digit * weights[i];
        }

        var last = id[Length - 1];
        var expected = CheckCharacters[sum % 11];
        return last == expected || (last == 'x' && expected == 'X') ? ResidentIdFailure.None
            : char.IsAsciiDigit(last) || last is 'X' or 'x' ? ResidentIdFailure.BadCheckCharacter
            : ResidentIdFailure.BadCharacters;
    }

    private static ResidentIdFailure CheckDate(ReadOnlySpan<char> id, DateOnly today)
    {
        int year = Digits(id, 6, 4), month = Digits(id, 10, 2), day = Digits(id, 12, 2);
        if (!IsRealDate(year, month, day))
        {
            return ResidentIdFailure.BadDate;
        }

        var (todayYear, todayMonth, todayDay) = today;
        return (year * 10_000) + (month * 100) + day > (todayYear * 10_000) + (todayMonth * 100) + todayDay
            ? ResidentIdFailure.FutureDate
            : ResidentIdFailure.None;
    }

    private static bool IsRealDate(int year, int month, int day) =>
        year >= MinimumBirthYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int WeightedSum(ReadOnlySpan<char> first17)
    {
        var weights = Weights;
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (first17[i] - '0') * weights[i];
        }

        return sum;
    }

    // The caller has checked that the characters are ASCII digits.
    private static int Digits(ReadOnlySpan<char> id, int start, int count)
    {
        var value = 0;
        foreach (var c in id.Slice(start, count))
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
