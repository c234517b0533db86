using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Identifiers;

public sealed class PhoneNumberTests
{
    [Fact]
    public void IsMobile_GeneratedNumbersInEveryFormat_TrueAndNormalized()
    {
        var random = new Random(1);
        for (var i = 0; i < 500; i++)
        {
            var digits = $"1{random.Next(3, 10)}{random.Next(1_000_000_000):D9}";
            foreach (var form in Forms(digits))
            {
                Assert.True(PhoneNumber.IsMobile(form), form);
                Assert.Equal(digits, PhoneNumber.NormalizeMobile(form));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("1380013800")] // 10 digits
    [InlineData("138001380001")] // 12 digits
    [InlineData("12800138000")] // second digit 2
    [InlineData("10800138000")]
    [InlineData("23800138000")]
    [InlineData("+87 13800138000")]
    [InlineData("8613800138000")] // 86 without + or 00 is not a country code
    [InlineData("1380013800a")]
    [InlineData("138/0013/8000")]
    public void IsMobile_NotMobile_FalseAndNull(string input)
    {
        Assert.False(PhoneNumber.IsMobile(input));
        Assert.Null(PhoneNumber.NormalizeMobile(input));
    }

    [Theory]
    [InlineData("0371-65551234")]
    [InlineData("0371-6555123")]
    [InlineData("010-88888888")]
    [InlineData("010 88888888")]
    [InlineData("(010)88888888")]
    [InlineData("(0371) 65551234")]
    [InlineData("01088888888")]
    [InlineData("037165551234")]
    [InlineData("03716555123")]
    [InlineData("0371-65551234-123")]
    [InlineData("0371-65551234转8001")]
    [InlineData("0371-65551234 ext. 8001")]
    [InlineData("0371-65551234#8")]
    [InlineData("+86 371 65551234")]
    [InlineData("+86-10-88888888")]
    [InlineData("0086 0371 65551234")]
    [InlineData("０３７１－６５５５１２３４")]
    public void IsLandline_Landline_True(string input) => Assert.True(PhoneNumber.IsLandline(input), input);

    [Theory]
    [InlineData("")]
    [InlineData("13800138000")]
    [InlineData("0371-1555123")] // local numbers start 2–9
    [InlineData("0371-655512345")] // 9 digits
    [InlineData("0371-655512")] // 6 digits
    [InlineData("00371-65551234")]
    [InlineData("371-65551234")] // no leading 0 without +86
    [InlineData("037-65551234")]
    [InlineData("0371-65551234-1234567")] // extension too long
    [InlineData("0371-65551234转")]
    [InlineData("0371-6555-1234-5678-9")]
    [InlineData("400-800-8888")]
    public void IsLandline_NotLandline_False(string input) => Assert.False(PhoneNumber.IsLandline(input), input);

    private static IEnumerable<string> Forms(string d) =>
    [
        d,
        $"+86{d}",
        $"+86 {d}",
        $"0086{d}",
        $"0086-{d}",
        $"{d[..3]}-{d[3..7]}-{d[7..]}",
        $"{d[..3]} {d[3..7]} {d[7..]}",
        $"(+86) {d}",
        new string([.. d.Select(c => (char)(c + 0xFEE0))]),
        $" {d} ",
    ];
}
