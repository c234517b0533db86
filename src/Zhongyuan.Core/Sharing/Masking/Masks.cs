using System.Text;
using Zhongyuan.Catalog;
using Zhongyuan.Identifiers;

namespace Zhongyuan.Sharing.Masking;

/// <summary>
/// The default masked forms (GB/T 37964-2019, <c>domain.md</c>) of one value. Lengths are counted in Unicode code
/// points (<see cref="Rune"/>), never bytes or UTF-16 units, so a name with a supplementary-plane character is masked
/// as a reader sees it. Every method returns a value that contains no part of the input beyond what its rule keeps,
/// and never throws on any text. <see cref="MaskingRule.Pseudonym"/> is keyed: see <see cref="Pseudonyms"/>.
/// </summary>
public static class Masks
{
    /// <summary>What replaces hidden parts whose length must not show (address rest, short values).</summary>
    public const string Hidden = "****";

    /// <summary>Two-character surnames (复姓) kept whole by <see cref="Name"/>.</summary>
    private static readonly string[] CompoundSurnames =
        ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "司徒", "夏侯", "令狐", "宇文", "澹台", "端木", "南宫", "西门", "独孤", "呼延"];

    /// <summary>
    /// Applies a non-keyed rule: <see cref="MaskingRule.None"/> returns the value, <see cref="MaskingRule.Redact"/> null.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is <see cref="MaskingRule.Pseudonym"/>, which needs a key.</exception>
    public static string? Apply(MaskingRule rule, string? value) => value is null ? null : rule switch
    {
        MaskingRule.None => value,
        MaskingRule.IdNumber => IdNumber(value),
        MaskingRule.Name => Name(value),
        MaskingRule.Phone => Phone(value),
        MaskingRule.Address => Address(value),
        MaskingRule.BankCard => BankCard(value),
        MaskingRule.Redact => null,
        _ => throw new ArgumentException("A pseudonym needs a key: use Pseudonyms.", nameof(rule)),
    };

    /// <summary>公民身份号码: first 6 and last 4 kept, <c>410102********123X</c>; 10 characters or fewer are all hidden.</summary>
    public static string IdNumber(string value)
    {
        var runes = Runes(value.Trim());
        return runes.Length > 10 ? Keep(runes, 6, 4) : Stars(runes.Length);
    }

    /// <summary>姓名: surname kept (a compound surname such as 欧阳 whole), the rest as <c>**</c> whatever its length: <c>张**</c>.</summary>
    public static string Name(string value)
    {
        var text = value.Trim();
        var runes = Runes(text);
        if (runes.Length <= 1)
        {
            return Stars(runes.Length);
        }

        var surname = runes.Length > 2 && CompoundSurnames.Any(s => text.StartsWith(s, StringComparison.Ordinal)) ? 2 : 1;
        return Join(runes.AsSpan(0, surname)) + "**";
    }

    /// <summary>
    /// 手机号码 <c>138****5678</c> (after removing +86/0086 and separators); a landline keeps its area code and last 4 digits,
    /// <c>0371-****2100</c>; anything else keeps its last 4 characters.
    /// </summary>
    public static string Phone(string value)
    {
        var digits = Digits(value);
        if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }
        else if (digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13)
        {
            digits = digits[2..];
        }

        if (digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9')
        {
            return digits[..3] + "****" + digits[^4..];
        }

        return PhoneNumber.IsLandline(value) && digits.Length > 7 ? Landline(value, digits) : Tail(value, 4);
    }

    /// <summary>地址: the division names at its start (down to the county or district) kept, the rest <c>****</c>; unresolved, the first 6 characters.</summary>
    public static string Address(string value)
    {
        if (RegionResolver.ResolvePrefix(value, out var length) is not null && length > 0)
        {
            return value[..length].Trim() + Hidden;
        }

        var runes = Runes(value.Trim());
        return runes.Length > 6 ? Join(runes.AsSpan(0, 6)) + Hidden : Hidden;
    }

    /// <summary>银行卡号: last 4 digits kept, the others as <c>*</c> (spaces dropped).</summary>
    public static string BankCard(string value) => Tail(value.Replace(" ", "", StringComparison.Ordinal), 4);

    /// <summary>The area code (0 and 2–3 digits) and the last 4 digits of a landline.</summary>
    private static string Landline(string value, string digits)
    {
        var separated = value.Trim().TrimStart('(', '（').Split([' ', '-', ')', '）'], 2, StringSplitOptions.RemoveEmptyEntries);
        var area = separated.Length == 2 && Digits(separated[0]) is { Length: >= 3 and <= 4 } a && a[0] == '0'
            ? a
            : digits[..(digits[1] is '1' or '2' ? 3 : 4)];
        var local = digits[area.Length..];
        return local.Length > 4 ? area + "-" + Stars(local.Length - 4) + local[^4..] : area + "-" + Hidden;
    }

    /// <summary>The last <paramref name="keep"/> code points, the others as <c>*</c>; all hidden when there are no more than that.</summary>
    private static string Tail(string value, int keep)
    {
        var runes = Runes(value.Trim());
        return runes.Length > keep ? Keep(runes, 0, keep) : Stars(Math.Max(runes.Length, 4));
    }

    private static string Keep(Rune[] runes, int head, int tail) =>
        Join(runes.AsSpan(0, head)) + Stars(runes.Length - head - tail) + Join(runes.AsSpan(runes.Length - tail));

    private static string Digits(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            if (TextChars.DigitValue(ch) is var d and >= 0)
            {
                sb.Append((char)('0' + d));
            }
        }

        return sb.ToString();
    }

    private static Rune[] Runes(string text) => [.. text.EnumerateRunes()];

    private static string Stars(int count) => new('*', count);

    private static string Join(ReadOnlySpan<Rune> runes)
    {
        var sb = new StringBuilder(runes.Length * 2);
        foreach (var r in runes)
        {
            sb.Append(r.ToString());
        }

        return sb.ToString();
    }
}
