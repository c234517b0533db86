using Zhongyuan.Catalog;

namespace Zhongyuan.Identity;

/// <summary>
/// The password rules: at least <see cref="MinLength"/> characters, at most <see cref="MaxLength"/>, characters of at
/// least three of four classes (upper case, lower case, digit, other), and not containing the username.
/// </summary>
public static class PasswordPolicy
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinLength = 10;

    /// <summary>The longest password accepted (the hasher's work grows with it).</summary>
    public const int MaxLength = 128;

    /// <summary>The broken rules, one field error each; empty when the password is acceptable.</summary>
    public static IReadOnlyList<FieldError> Check(string? password, string username, string field = "password")
    {
        password ??= "";
        var errors = new List<FieldError>();
        if (password.Length < MinLength)
        {
            errors.Add(FieldError.Of(field, "password_too_short", $"密码至少需要 {MinLength} 个字符", $"The password needs at least {MinLength} characters"));
        }
        if (password.Length > MaxLength)
        {
            errors.Add(FieldError.Of(field, "password_too_long", $"密码不能超过 {MaxLength} 个字符", $"The password may have at most {MaxLength} characters"));
        }
        if (Classes(password) < 3)
        {
            errors.Add(FieldError.Of(field, "password_too_simple", "密码需包含大写字母、小写字母、数字、符号中的至少三类",
                "The password needs characters of at least three of: upper case, lower case, digits, symbols"));
        }
        if (username.Length > 0 && password.Contains(username, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(FieldError.Of(field, "password_contains_username", "密码不能包含用户名", "The password must not contain the username"));
        }
        return errors;
    }

    private static int Classes(string password)
    {
        var (upper, lower, digit, other) = (false, false, false, false);
        foreach (var c in password)
        {
            if (char.IsUpper(c)) { upper = true; }
            else if (char.IsLower(c)) { lower = true; }
            else if (char.IsDigit(c)) { digit = true; }
            else { other = true; }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
