using Zhongyuan.Catalog;

namespace Zhongyuan.Sharing;

/// <summary>Checks of the free-text fields of sharing requests.</summary>
internal static class SharingText
{
    /// <summary>
    /// Adds an error when a required text is blank or a text is longer than <paramref name="max"/> characters;
    /// <paramref name="label"/> names the field in Chinese.
    /// </summary>
    public static void Check(List<FieldError> errors, string field, string label, string? value, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(FieldError.Of(field, "required", $"请填写{label}", $"{field} is required"));
            }
            return;
        }
        if (value.Trim().Length > max)
        {
            errors.Add(FieldError.Of(field, "too_long", $"{label}不能超过 {max} 个字符", $"{field} must be at most {max} characters"));
        }
    }

    /// <summary>The trimmed text, or null for blank.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
