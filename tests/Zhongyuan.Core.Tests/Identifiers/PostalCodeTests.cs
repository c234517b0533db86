using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Identifiers;

public sealed class PostalCodeTests
{
    [Fact]
    public void IsValid_EverySixDigitCodeStarting0To8_True()
    {
        for (var first = 0; first <= 8; first++)
        {
            var code = $"{first}{(first * 12_345) % 100_000:D5}";
            Assert.True(PostalCode.IsValid(code), code);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("900000")]
    [InlineData("45000")]
    [InlineData("4500001")]
    [InlineData("45000a")]
    [InlineData("４５００００")]
    [InlineData(" 450000")]
    public void IsValid_NotAPostalCode_False(string code) => Assert.False(PostalCode.IsValid(code));
}
