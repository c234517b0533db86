using Zhongyuan.Catalog;

namespace Zhongyuan.Community;

/// <summary>Field checks shared by the community services: required text of bounded length, in Chinese and English.</summary>
internal static class CommunityRules
{
    /// <summary>Adds an error when <paramref name="value"/> is blank or longer than <paramref name="max"/> characters; returns it trimmed.</summary>
    public static string Text(List<FieldError> errors, string field, string? value, int max, string zhName, string enName)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(FieldError.Of(field, "required", $"请填写{zhName}", $"{enName} is required"));
        }
        else if (text.Length > max)
        {
            errors.Add(FieldError.Of(field, "too_long", $"{zhName}不能超过 {max} 个字符", $"{enName} must be at most {max} characters"));
        }
        return text;
    }
}
