using Zhongyuan.Demo.Data;

namespace Zhongyuan.Tests.Demo.Data;

public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("44052418800101001", '4')]
    public void CheckCharacter_KnownNumbers_MatchesStandard(string first17, char expected)
    {
        Assert.Equal(expected, ResidentIdNumber.CheckCharacter(first17));
    }

    [Fact]
    public void Write_CountyBirthSequence_ValidNumber()
    {
        var id = new char[18];

        ResidentIdNumber.Write(id, "410105", new DateOnly(1987, 3, 9), 123);

        Assert.Equal("41010519870309123", new string(id, 0, 17));
        Assert.True(ResidentIdNumber.HasValidCheck(id));
    }

    [Fact]
    public void Upgrade_LegacyNumber_InsertsCenturyAndCheck()
    {
        var legacy = new char[15];
        ResidentIdNumber.WriteLegacy(legacy, "410105", new DateOnly(1957, 12, 1), 42);
        var full = new char[18];
        ResidentIdNumber.Write(full, "410105", new DateOnly(1957, 12, 1), 42);

        Assert.Equal("410105571201042", new string(legacy));
        Assert.Equal(new string(full), ResidentIdNumber.Upgrade(legacy));
    }

    [Fact]
    public void HasValidCheck_WrongCheckOrLowerX_Detected()
    {
        Assert.True(ResidentIdNumber.HasValidCheck("11010519491231002x"));
        Assert.False(ResidentIdNumber.HasValidCheck("110105194912310021"));
        Assert.False(ResidentIdNumber.HasValidCheck("１10105194912310021"));
    }
}
