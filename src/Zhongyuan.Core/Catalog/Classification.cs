using System.Diagnostics.CodeAnalysis;

namespace Zhongyuan.Catalog;

/// <summary>
/// 信息资源分类: class (1 digit), item (2), category (3) and sub-category (3). The code is always nine
/// digits; an unused category or sub-category is <c>000</c>, which keeps every resource code one length.
/// </summary>
public sealed record Classification(ClassKind Kind, string Item, string Category, string SubCategory)
{
    /// <summary>The nine-digit classification code, e.g. <c>101001000</c>.</summary>
    public string Code => $"{(int)Kind}{Item}{Category}{SubCategory}";

    /// <summary>
    /// Parses a classification code given as 4, 6 or 9 digits, with or without separators
    /// (<c>1-01-001</c>, <c>101001</c>, <c>101001000</c>). Does not check that the item exists.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Classification? result)
    {
        result = null;
        if (text is null)
        {
            return false;
        }
        var digits = new string([.. text.Where(c => c is not ('-' or '.' or ' ' or '/'))]);
        if (digits.Length is not (3 or 6 or 9) || !digits.All(char.IsAsciiDigit) || digits[0] is < '1' or > '3')
        {
            return false;
        }
        digits = digits.PadRight(9, '0');
        result = new Classification((ClassKind)(digits[0] - '0'), digits[1..3], digits[3..6], digits[6..9]);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Code;
}
