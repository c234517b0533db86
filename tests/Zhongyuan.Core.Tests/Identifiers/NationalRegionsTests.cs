using Zhongyuan.Identifiers;
using Zhongyuan.Regions;

namespace Zhongyuan.Tests.Identifiers;

public sealed class NationalRegionsTests
{
    [Fact]
    public void All_Provinces_ThirtyFourCurrent() =>
        Assert.Equal(34, NationalRegions.All.Count(r => r.Code % 10_000 == 0 && r.IsCurrent && r.Code != 830000));

    [Fact]
    public void All_HenanCatalog_EveryDivisionKnownByName()
    {
        Assert.All(RegionCatalog.Henan.All, r =>
        {
            Assert.True(NationalRegions.IsKnown(int.Parse(r.Code, System.Globalization.CultureInfo.InvariantCulture)), r.Code);
            Assert.Equal(r.Name, NationalRegions.Name(int.Parse(r.Code, System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Fact]
    public void All_EveryPrefecture_HasItsProvince() =>
        Assert.All(NationalRegions.All.Where(r => r.Code % 100 == 0), r => Assert.True(NationalRegions.IsKnown(r.Code / 10_000 * 10_000), r.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void All_Years_FromNotAfterTo() =>
        Assert.All(NationalRegions.All, r => Assert.True(r.From is null || r.To is null || r.From <= r.To, r.Name));

    [Theory]
    [InlineData(410105, "金水区", null, null)]
    [InlineData(440100, "广州市", null, null)]
    [InlineData(410381, "偃师市", null, 2021)]
    [InlineData(410307, "偃师区", 2021, null)]
    [InlineData(412700, "周口地区", null, 2000)]
    [InlineData(500000, "重庆市", 1997, null)]
    public void Validity_ListedCode_NameAndYears(int code, string name, int? from, int? to)
    {
        Assert.True(NationalRegions.IsKnown(code));
        Assert.Equal(name, NationalRegions.Name(code));
        Assert.Equal((from, to), NationalRegions.Validity(code));
    }

    [Theory]
    [InlineData(440106)]
    [InlineData(110105)]
    [InlineData(429004)]
    [InlineData(412721)]
    public void IsAcceptedInIdentifier_CountyOfListedPrefecture_TrueButNotKnown(int code)
    {
        Assert.True(NationalRegions.IsAcceptedInIdentifier(code));
        Assert.False(NationalRegions.IsKnown(code));
        Assert.Null(NationalRegions.Name(code));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    [InlineData(449901)]
    [InlineData(419900)]
    [InlineData(710101)]
    public void IsAcceptedInIdentifier_Unlisted_False(int code) =>
        Assert.False(NationalRegions.IsAcceptedInIdentifier(code));

    [Fact]
    public void IdentifierValidity_FallbackCounty_PrefectureYears() =>
        Assert.Equal<(int?, int?)>((null, 2000), NationalRegions.IdentifierValidity(412721));

    [Fact]
    public void Parse_BadYear_Throws()
    {
        using var reader = new StringReader("code\tname\tfrom\tto\n410105\t金水区\tabc\t\n");
        Assert.Throws<FormatException>(() => RegionTable.Parse(reader).ToList());
    }
}
