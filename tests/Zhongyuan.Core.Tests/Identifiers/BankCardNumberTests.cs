using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Identifiers;

public sealed class BankCardNumberTests
{
    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("6011111111111117")]
    [InlineData("5555555555554444")]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("079927398713")] // the classic Luhn example, zero-padded to 12 digits
    public void IsValid_LuhnVectors_True(string number) => Assert.True(BankCardNumber.IsValid(number));

    [Fact]
    public void IsValid_GeneratedNumbersOfEveryLength_TrueAndEverySingleDigitChangeCaught()
    {
        var random = new Random(1);
        for (var length = 12; length <= 19; length++)
        {
            for (var i = 0; i < 50; i++)
            {
                var payload = "62" + string.Concat(Enumerable.Range(0, length - 3).Select(_ => (char)('0' + random.Next(10))));
                var number = payload + BankCardNumber.ComputeCheckDigit(payload);
                Assert.True(BankCardNumber.IsValid(number), number);
                var position = random.Next(length);
                var changed = string.Concat(number.AsSpan(0, position), [(char)('0' + ((number[position] - '0' + 1 + random.Next(9)) % 10))], number.AsSpan(position + 1));
                Assert.False(BankCardNumber.IsValid(changed), changed);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("79927398713")] // valid Luhn, but 11 digits
    [InlineData("41111111111111111113")] // 20 digits
    [InlineData("4111111111111112")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("4111  1111 1111 1111")]
    [InlineData(" 4111111111111111")]
    public void IsValid_Bad_False(string number) => Assert.False(BankCardNumber.IsValid(number));

    [Fact]
    public void ComputeCheckDigit_ClassicExample_Three() => Assert.Equal('3', BankCardNumber.ComputeCheckDigit("7992739871"));
}
