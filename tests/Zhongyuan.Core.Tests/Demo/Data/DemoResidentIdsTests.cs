using Zhongyuan.Demo.Data;
using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Demo.Data;

public sealed class DemoResidentIdsTests
{
    [Fact]
    public void Write_CountyBirthSequence_ValidNumber()
    {
        var id = new char[18];

        DemoResidentIds.Write(id, "410105", new DateOnly(1987, 3, 9), 123);

        Assert.Equal("41010519870309123", new string(id, 0, 17));
        Assert.Equal(ResidentIdFailure.None, ResidentIdNumber.Check(id, new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void WriteLegacy_CountyBirthSequence_ConvertsToWrittenFullNumber()
    {
        var legacy = new char[15];
        DemoResidentIds.WriteLegacy(legacy, "410105", new DateOnly(1957, 12, 1), 42);
        var full = new char[18];
        DemoResidentIds.Write(full, "410105", new DateOnly(1957, 12, 1), 42);

        Assert.Equal("410105571201042", new string(legacy));
        Assert.Equal(new string(full), ResidentIdNumber.ConvertFrom15(legacy));
    }

    [Fact]
    public void WriteDigits_SmallValue_ZeroPadded()
    {
        var digits = new char[4];

        DemoResidentIds.WriteDigits(digits, 42);

        Assert.Equal("0042", new string(digits));
    }
}
