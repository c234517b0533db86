using Zhongyuan.Identity;

namespace Zhongyuan.Tests.Identity;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("Short1!", "password_too_short")]
    [InlineData("alllowercaseletters", "password_too_simple")]
    [InlineData("ALLUPPER12345", "password_too_simple")]
    [InlineData("1234567890!!", "password_too_simple")]
    [InlineData("Zhangwei-2026!", "password_contains_username")]
    [InlineData("xZHANGWEIx2026", "password_contains_username")]
    public void Check_WeakPassword_NamesTheBrokenRule(string password, string code)
    {
        var errors = PasswordPolicy.Check(password, "zhangwei");

        Assert.Contains(errors, e => e.Code == code && e.Field == "password");
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.Message.Zh) || string.IsNullOrEmpty(e.Message.En)));
    }

    [Theory]
    [InlineData("Henan-2026-data")]
    [InlineData("zhongyuan2026!")]
    [InlineData("ZHONGYUAN2026!")]
    [InlineData("Zhongyuan2026")]
    [InlineData("中原数据Ab12345")]
    public void Check_StrongPassword_NoErrors(string password) => Assert.Empty(PasswordPolicy.Check(password, "zhangwei"));

    [Fact]
    public void Check_TooLong_Refused() =>
        Assert.Contains(PasswordPolicy.Check("Aa1!" + new string('x', 200), "u"), e => e.Code == "password_too_long");

    [Fact]
    public void Check_FieldName_UsedInErrors() =>
        Assert.All(PasswordPolicy.Check("x", "u", "new"), e => Assert.Equal("new", e.Field));

    [Fact]
    public void InitialPassword_New_AlwaysPassesPolicy()
    {
        for (var i = 0; i < 500; i++)
        {
            var password = InitialPassword.New();
            Assert.Equal(16, password.Length);
            Assert.Empty(PasswordPolicy.Check(password, "admin"));
        }
    }
}
