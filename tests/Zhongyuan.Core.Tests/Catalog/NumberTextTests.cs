using Zhongyuan.Catalog;

namespace Zhongyuan.Tests.Catalog;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("18", NumberText.Outcome.Number, 18)]
    [InlineData(" 1,000 ", NumberText.Outcome.Number, 1000)]
    [InlineData("１８", NumberText.Outcome.Number, 18)]
    [InlineData("18位", NumberText.Outcome.NumberWithUnit, 0)]
    [InlineData("20 个字符", NumberText.Outcome.NumberWithUnit, 0)]
    [InlineData("100万条", NumberText.Outcome.NumberWithUnit, 0)]
    [InlineData("约 5", NumberText.Outcome.NumberWithUnit, 0)]
    [InlineData("很长", NumberText.Outcome.NotANumber, 0)]
    [InlineData("99999999999", NumberText.Outcome.NotANumber, 0)]
    [InlineData("18.5", NumberText.Outcome.NotANumber, 0)]
    [InlineData("18.5米", NumberText.Outcome.NumberWithUnit, 0)]
    [InlineData("", NumberText.Outcome.Empty, 0)]
    public void TryRead_Text_Outcome(string text, NumberText.Outcome expected, int value)
    {
        Assert.Equal(expected, NumberText.TryRead(text, out var read));
        Assert.Equal(value, read);
    }
}
