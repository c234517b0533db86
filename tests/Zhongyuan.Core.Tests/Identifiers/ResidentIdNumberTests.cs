using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Identifiers;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly _today = IdentifierVectors.Today;
    private static readonly List<string> _valid = IdentifierVectors.ResidentIds(3_000);

    [Theory]
    [InlineData("11010519491231002X")] // the example of GB 11643-1999
    [InlineData("11010519491231002x")]
    [InlineData("440524188001010014")]
    public void Check_StandardExamples_Valid(string id) =>
        Assert.Equal(ResidentIdFailure.None, ResidentIdNumber.Check(id, _today));

    [Fact]
    public void Check_GeneratedValidNumbers_AllValid() =>
        AssertAll(_valid, id => id, _ => ResidentIdFailure.None);

    [Fact]
    public void Check_LengthOffByOne_BadLength()
    {
        AssertAll(_valid, id => id[..17], _ => ResidentIdFailure.BadLength);
        AssertAll(_valid, id => id + "0", _ => ResidentIdFailure.BadLength);
    }

    [Fact]
    public void Check_Empty_Empty() => Assert.Equal(ResidentIdFailure.Empty, ResidentIdNumber.Check("", _today));

    [Fact]
    public void Check_NonDigitInFirst17_BadCharacters()
    {
        var random = new Random(2);
        char[] bad = ['A', 'X', ' ', '１', '-', 'x'];
        AssertAll(_valid, id => Replace(id, random.Next(17), bad[random.Next(bad.Length)]), _ => ResidentIdFailure.BadCharacters);
    }

    [Fact]
    public void Check_LastCharacterNotDigitOrX_BadCharacters() =>
        AssertAll(_valid, id => Replace(id, 17, 'Y'), _ => ResidentIdFailure.BadCharacters);

    [Fact]
    public void Check_OtherCheckCharacter_BadCheckCharacter()
    {
        var random = new Random(3);
        AssertAll(_valid, id => Replace(id, 17, OtherCheck(id[17], random)), _ => ResidentIdFailure.BadCheckCharacter);
    }

    [Fact]
    public void Check_LowerCaseX_Valid()
    {
        var withX = _valid.Where(id => id[17] == 'X').ToList();
        Assert.NotEmpty(withX);
        AssertAll(withX, id => id[..17] + "x", _ => ResidentIdFailure.None);
    }

    [Theory]
    [InlineData("0230")]
    [InlineData("0229")] // 2023 is no leap year
    [InlineData("1301")]
    [InlineData("0001")]
    [InlineData("0100")]
    [InlineData("0431")]
    public void Check_NoSuchDayIn2023_BadDate(string monthDay) =>
        AssertAll(_valid, id => WithDate(id, "2023" + monthDay), _ => ResidentIdFailure.BadDate);

    [Fact]
    public void Check_LeapDay_Valid()
    {
        Assert.Equal(ResidentIdFailure.None, ResidentIdNumber.Check(WithDate("410105200001011234", "20000229"), _today));
        Assert.Equal(ResidentIdFailure.BadDate, ResidentIdNumber.Check(WithDate("410105200001011234", "19000229"), _today));
    }

    [Fact]
    public void Check_Before1800_BadDate() =>
        AssertAll(_valid.Take(100), id => WithDate(id, "17991231"), _ => ResidentIdFailure.BadDate);

    [Fact]
    public void Check_BornTomorrowOrLater_FutureDate()
    {
        AssertAll(_valid.Take(200), id => WithDate(id, "20261201"), _ => ResidentIdFailure.FutureDate);
        AssertAll(_valid.Take(200), id => WithDate(id, "20271130"), _ => ResidentIdFailure.FutureDate);
        AssertAll(_valid.Take(200), id => WithDate(id, "20261130"), _ => ResidentIdFailure.None);
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("990101")]
    [InlineData("419901")] // prefecture 419900 does not exist
    [InlineData("449901")]
    [InlineData("710100")] // Taiwan has no listed prefectures
    public void Check_UnknownRegion_UnknownRegion(string region) =>
        AssertAll(_valid.Take(200), id => WithRegion(id, region), _ => ResidentIdFailure.UnknownRegion);

    [Fact]
    public void Check_LayersInOrder_FirstFailureReported()
    {
        // Wrong check, impossible date and unknown region at once: the check character is reported.
        var id = WithRegion(WithDate("410105198703091230", "20230230"), "990101");
        Assert.Equal(ResidentIdFailure.BadCheckCharacter, ResidentIdNumber.Check(Replace(id, 17, OtherCheck(id[17], new Random(1))), _today));
        Assert.Equal(ResidentIdFailure.BadDate, ResidentIdNumber.Check(id, _today));
    }

    [Theory]
    [InlineData("412721", 2005)] // 周口地区 became 周口市 (4116) in 2000
    [InlineData("410381", 2022)] // 偃师市 became 偃师区 in 2021
    [InlineData("411003", 2010)] // 建安区 created in 2017
    [InlineData("522401", 2015)] // 毕节地区 until 2011
    public void Validate_RegionNotInForceInBirthYear_ValidWithWarning(string region, int year)
    {
        var id = WithDate(WithRegion("410105198703091230", region), $"{year}0601");

        var check = ResidentIdNumber.Validate(id, _today);

        Assert.True(check.IsValid);
        Assert.Equal(ResidentIdWarning.RegionNotValidInBirthYear, check.Warning);
        Assert.Contains("出生年份", check.Reason.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("412721", 1990)]
    [InlineData("410381", 1995)]
    [InlineData("411003", 2018)]
    [InlineData("440106", 1950)] // a Guangzhou district, accepted through 440100
    public void Validate_RegionInForceInBirthYear_NoWarning(string region, int year)
    {
        var check = ResidentIdNumber.Validate(WithDate(WithRegion("410105198703091230", region), $"{year}0601"), _today);

        Assert.Equal(new ResidentIdCheck(ResidentIdFailure.None, ResidentIdWarning.None), check);
        Assert.Equal("身份证号码有效", check.Reason.Zh);
    }

    [Fact]
    public void Validate_Failure_NoWarningAndBilingualReason()
    {
        var check = ResidentIdNumber.Validate("41010519870309123", _today);

        Assert.False(check.IsValid);
        Assert.Equal(ResidentIdFailure.BadLength, check.Failure);
        Assert.Equal(ResidentIdWarning.None, check.Warning);
        Assert.Equal("身份证号码应为18位", check.Reason.Zh);
        Assert.Equal("An ID number has 18 characters", check.Reason.En);
    }

    [Fact]
    public void Validate_EveryFailure_HasDistinctReason()
    {
        var reasons = Enum.GetValues<ResidentIdFailure>().Select(f => new ResidentIdCheck(f, ResidentIdWarning.None).Reason.Zh).ToList();
        Assert.Equal(reasons.Count, reasons.Distinct().Count());
    }

    [Fact]
    public void ConvertFrom15_LegacyOfGeneratedNumbers_RoundTrips()
    {
        var born1900s = _valid.Where(id => id[6..8] == "19").ToList();
        Assert.NotEmpty(born1900s);
        AssertAll(born1900s, id => ResidentIdNumber.ConvertFrom15(Legacy(id)), id => id);
        AssertAll(born1900s, id => ResidentIdNumber.Normalize(Legacy(id))!, id => id);
    }

    [Theory]
    [InlineData("41010587030912")]
    [InlineData("41010587030912A")]
    public void ConvertFrom15_Not15Digits_Throws(string input) =>
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.ConvertFrom15(input));

    [Theory]
    [InlineData(" 11010519491231002x ", "11010519491231002X")]
    [InlineData("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X")]
    [InlineData("110105 19491231 002X", "11010519491231002X")]
    [InlineData("\u200B11010519491231002X\uFEFF", "11010519491231002X")]
    [InlineData("110105194912310021", "110105194912310021")] // wrong check, right shape: Check reports it
    [InlineData("110105491231002", "11010519491231002X")]
    public void Normalize_Input_EighteenCharacters(string input, string expected) =>
        Assert.Equal(expected, ResidentIdNumber.Normalize(input));

    [Theory]
    [InlineData("")]
    [InlineData("1101051949123100")]
    [InlineData("11010519491231002Y")]
    [InlineData("X1010519491231002X")]
    [InlineData("110105491331002")] // 15 digits, month 13
    [InlineData("11010519491231002XX")]
    [InlineData("110105-19491231-002X")]
    public void Normalize_NotAnIdShape_Null(string input) => Assert.Null(ResidentIdNumber.Normalize(input));

    [Fact]
    public void TryGetBirthDate_GeneratedNumbers_ReturnsWrittenDate()
    {
        foreach (var id in _valid.Take(500))
        {
            Assert.True(ResidentIdNumber.TryGetBirthDate(id, out var birth));
            Assert.Equal(id[6..14], birth.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("110105491231002", 1949, 12, 31)]
    [InlineData("11010519491231002X", 1949, 12, 31)]
    public void TryGetBirthDate_BothForms_Date(string id, int year, int month, int day)
    {
        Assert.True(ResidentIdNumber.TryGetBirthDate(id, out var birth));
        Assert.Equal(new DateOnly(year, month, day), birth);
    }

    [Theory]
    [InlineData("11010519490231002X")]
    [InlineData("1101051949123")]
    [InlineData("110105194912A1002X")]
    public void TryGetBirthDate_NoRealDate_False(string id) =>
        Assert.False(ResidentIdNumber.TryGetBirthDate(id, out _));

    [Theory]
    [InlineData("11010519491231002X", Sex.Female)]
    [InlineData("440524188001010014", Sex.Male)]
    [InlineData("110105491231001", Sex.Male)]
    [InlineData("1101051949123100", Sex.Unknown)]
    [InlineData("1101051949123100AX", Sex.Unknown)]
    public void GetSex_SeventeenthDigit_OddMale(string id, Sex expected) =>
        Assert.Equal(expected, ResidentIdNumber.GetSex(id));

    [Fact]
    public void Sex_Labels_ChineseWords()
    {
        Assert.Equal("男", Zhongyuan.Localization.Labels.Zh(Sex.Male));
        Assert.Equal("女", Zhongyuan.Localization.Labels.Zh(Sex.Female));
    }

    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("44052418800101001", '4')]
    public void ComputeCheckCharacter_KnownNumbers_MatchesStandard(string first17, char expected) =>
        Assert.Equal(expected, ResidentIdNumber.ComputeCheckCharacter(first17));

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("1101051949123100A")]
    public void ComputeCheckCharacter_Not17Digits_Throws(string first17) =>
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.ComputeCheckCharacter(first17));

    [Fact]
    public void HasValidCheckCharacter_IgnoresDateAndRegion()
    {
        var id = WithRegion(WithDate("410105198703091230", "20230230"), "990101");
        Assert.True(ResidentIdNumber.HasValidCheckCharacter(id));
        Assert.False(ResidentIdNumber.HasValidCheckCharacter(Replace(id, 17, OtherCheck(id[17], new Random(5)))));
    }

    private static void AssertAll(IEnumerable<string> ids, Func<string, string> derive, Func<string, object> expected)
    {
        var mismatches = new List<string>();
        foreach (var id in ids)
        {
            var input = derive(id);
            var want = expected(id);
            object got = want is string ? input : ResidentIdNumber.Check(input, _today);
            if (!got.Equals(want))
            {
                mismatches.Add($"{id} → {input}: expected {want}, got {got}");
            }
        }

        Assert.Empty(mismatches);
    }

    private static string Replace(string id, int index, char c) => string.Concat(id.AsSpan(0, index), [c], id.AsSpan(index + 1));

    private static char OtherCheck(char check, Random random)
    {
        var right = ResidentIdNumber.CheckCharacters.IndexOf(check, StringComparison.Ordinal);
        return ResidentIdNumber.CheckCharacters[(right + 1 + random.Next(10)) % 11];
    }

    // Replaces characters and recomputes the check character, so only the replaced part is wrong.
    private static string WithDate(string id, string yyyymmdd) => Recheck(id[..6] + yyyymmdd + id[14..17]);

    private static string WithRegion(string id, string region) => Recheck(region + id[6..17]);

    private static string Recheck(string first17) => first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

    private static string Legacy(string id) => id[..6] + id[8..17];
}
