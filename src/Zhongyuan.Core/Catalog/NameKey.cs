using System.Globalization;
using System.Text;

namespace Zhongyuan.Catalog;

/// <summary>
/// The comparison key of a resource name: full-width folded to half-width, case folded, and every
/// space, punctuation mark, symbol and invisible character removed. Two names with the same key differ
/// only by punctuation or spaces.
/// </summary>
public static class NameKey
{
    /// <summary>Computes the key of a name.</summary>
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var rune in name.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (IsIgnored(category))
            {
                continue;
            }
            sb.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return sb.ToString();
    }

    private static bool IsIgnored(UnicodeCategory category) => category is
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.ConnectorPunctuation or
        UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or
        UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or
        UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or
        UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
}
