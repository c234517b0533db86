using System.Globalization;
using System.Text;

namespace Zhongyuan.Ingest.Binding;

/// <summary>
/// The key two column names are compared by when they do not match exactly: NFKC (full-width to
/// half-width), every whitespace, control and format (invisible) character removed, case folded.
/// Unlike <see cref="Catalog.NameKey"/> punctuation is kept: 出生日期(公历) and 出生日期 are different columns.
/// </summary>
internal static class ColumnNameKey
{
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var rune in name.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (!IsIgnored(rune))
            {
                sb.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }
        return sb.ToString();
    }

    private static bool IsIgnored(Rune rune) => Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or
        UnicodeCategory.Control or UnicodeCategory.Format;
}
