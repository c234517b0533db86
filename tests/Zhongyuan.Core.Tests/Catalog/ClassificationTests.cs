using Zhongyuan.Catalog;

namespace Zhongyuan.Tests.Catalog;

public sealed class ClassificationTests
{
    [Theory]
    [InlineData("101001000", "101001000")]
    [InlineData("1-01-001", "101001000")]
    [InlineData("101001", "101001000")]
    [InlineData("212", "212000000")]
    [InlineData("3.05.002.001", "305002001")]
    public void TryParse_Forms_NineDigitCode(string text, string code)
    {
        Assert.True(Classification.TryParse(text, out var c));
        Assert.Equal(code, c.Code);
    }

    [Theory]
    [InlineData("401001000")]
    [InlineData("1010")]
    [InlineData("10a001000")]
    public void TryParse_Invalid_False(string text) => Assert.False(Classification.TryParse(text, out _));

    [Fact]
    public void Format_Sequence_SixteenCharacters()
    {
        Classification.TryParse("101001000", out var c);

        Assert.Equal("101001000-000042", ResourceCode.Format(c!, 42));
        Assert.True(ResourceCode.IsWellFormed("101001000-000042"));
        Assert.False(ResourceCode.IsWellFormed("101001000/000042"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResourceCode.Format(c!, 1_000_000));
    }
}
