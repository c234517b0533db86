namespace Zhongyuan.Identifiers;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
/// <see cref="Charset"/> — registration authority (1), organization type (1), GB/T 2260 region
/// code (6), organization code per GB 11714 (9), check character (1). Letters must be upper
/// case: <c>91350100m000100y43</c> is rejected; callers that accept user input should upper-case
/// it first.
/// </summary>
public static partial class UnifiedSocialCreditCode
{
    /// <summary>The 31 characters a code may contain, in order of their values 0–30 (no I, O, S, V, Z).</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>The number of characters of a code.</summary>
    public const int Length = 18;

    private const int OrganizationCodeStart = 8;

    private const byte NotInCharset = 0xFF;

    // Position i (1-based) has weight 3^(i-1) mod 31.
    private static readonly int[] _weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // The value (index in Charset) of each ASCII character; NotInCharset for the others.
    private static readonly byte[] _values = BuildValues();

    /// <summary>Whether <paramref name="code"/> passes every check of <see cref="Validate"/>.</summary>
    public static bool IsValid(string? code) => Validate(code).IsValid;

    /// <summary>
    /// Checks, in order: not empty, 18 characters, every character in <see cref="Charset"/>,
    /// characters 9–17 a valid organization code (GB 11714), and the 18th character equal to
    /// <see cref="ComputeCheckCharacter"/> of the first 17. Returns the first failure.
    /// </summary>
    public static CreditCodeCheck Validate(string? code)
    {
        var failure = FindFailure(code);
        return failure is null ? CreditCodeCheck.Valid : new CreditCodeCheck(failure);
    }

    /// <summary>
    /// Computes the 18th character: with each character's value its index in <see cref="Charset"/>
    /// and position i weighted 3^(i−1) mod 31, the check value is (31 − Σ mod 31) mod 31.
    /// </summary>
    /// <exception cref="ArgumentException">The input is not 17 characters from <see cref="Charset"/>.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1 || !AllInCharset(first17))
        {
            throw new ArgumentException($"Expected 17 characters from {Charset}.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            sum += Charset.IndexOf(first17[i], StringComparison.Ordinal) * _weights[i];
        }

        return Charset[(31 - (sum % 31)) % 31];
    }

    /// <summary>
    /// Builds a valid code from its parts, computing the organization code's check character and
    /// the final check character.
    /// </summary>
    /// <param name="registrationAuthority">登记管理部门代码, e.g. <c>1</c> 机构编制, <c>5</c> 民政, <c>9</c> 市场监管.</param>
    /// <param name="organizationType">机构类别代码, e.g. <c>1</c> 机关 under authority <c>1</c>.</param>
    /// <param name="regionCode">The 6-digit GB/T 2260 code of the registering authority's region.</param>
    /// <param name="organizationCodeFirst8">The 8-character organization code body, without its check character.</param>
    /// <exception cref="ArgumentException">A part has the wrong length or a character outside <see cref="Charset"/>.</exception>
    public static string Create(char registrationAuthority, char organizationType, string regionCode, string organizationCodeFirst8)
    {
        RequireInCharset(registrationAuthority, nameof(registrationAuthority));
        RequireInCharset(organizationType, nameof(organizationType));
        RequireParts(regionCode, organizationCodeFirst8);
        var organizationCheck = OrganizationCode.ComputeCheckCharacter(organizationCodeFirst8);
        var first17 = $"{registrationAuthority}{organizationType}{regionCode}{organizationCodeFirst8}{organizationCheck}";
        return first17 + ComputeCheckCharacter(first17);
    }

    /// <summary>
    /// The checks of <see cref="Validate"/> without allocating: returns the first failure, or
    /// <see langword="null"/> when the code is valid. An empty span is <see cref="CreditCodeFailure.Empty"/>.
    /// No trimming or case folding: upper-case user input first.
    /// </summary>
    public static CreditCodeFailure? CheckFast(ReadOnlySpan<char> code)
    {
        if (code.Length != Length)
        {
            return code.IsEmpty ? CreditCodeFailure.Empty : CreditCodeFailure.Length;
        }

        var values = _values;
        var weights = _weights;
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var c = code[i];
            if (c >= values.Length || values[c] == NotInCharset)
            {
                return CreditCodeFailure.Character;
            }

            sum += values[c] * weights[i];
        }

        var last = code[Length - 1];
        return last >= values.Length || values[last] == NotInCharset ? CreditCodeFailure.Character
            : !OrganizationCode.IsValid(code.Slice(OrganizationCodeStart, OrganizationCode.Length)) ? CreditCodeFailure.OrganizationCodeCheck
            : values[last] != (31 - (sum % 31)) % 31 ? CreditCodeFailure.CheckCharacter
            : null;
    }

    private static CreditCodeFailure? FindFailure(string? code) =>
        code is null ? CreditCodeFailure.Empty : CheckFast(code);

    private static byte[] BuildValues()
    {
        var values = new byte[128];
        Array.Fill(values, NotInCharset);
        for (var i = 0; i < Charset.Length; i++)
        {
            values[Charset[i]] = (byte)i;
        }

        return values;
    }

    private static bool AllInCharset(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!Charset.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void RequireParts(string regionCode, string organizationCodeFirst8)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        ArgumentNullException.ThrowIfNull(organizationCodeFirst8);
        if (regionCode.Length != 6 || !regionCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A region code is 6 digits.", nameof(regionCode));
        }

        if (organizationCodeFirst8.Length != 8 || !AllInCharset(organizationCodeFirst8))
        {
            throw new ArgumentException($"An organization code body is 8 characters from {Charset}.", nameof(organizationCodeFirst8));
        }
    }

    private static void RequireInCharset(char c, string paramName)
    {
        if (!Charset.Contains(c, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{c}' is not in {Charset}.", paramName);
        }
    }
}
