using Zhongyuan.Regions;

namespace Zhongyuan.Tests.Regions;

public sealed class RegionCatalogTests
{
    private static readonly RegionCatalog _henan = RegionCatalog.Henan;

    [Fact]
    public void Cities_Henan_AreSeventeenPrefecturesAndJiyuan()
    {
        Assert.Equal(18, _henan.Cities.Count);
        Assert.Contains(_henan.Cities, c => c is { Code: "419001", Name: "济源市" });
        Assert.All(_henan.Cities, c => Assert.Equal(RegionCatalog.HenanCode, c.ParentCode));
    }

    [Fact]
    public void All_Henan_HasOneProvinceAndAllCountyLevelDivisions()
    {
        Assert.Equal("河南省", Assert.Single(_henan.All, r => r.Level == RegionLevel.Province).Name);
        Assert.Equal(156, _henan.All.Count(r => r.Level == RegionLevel.County));
    }

    [Fact]
    public void All_Henan_CodesAreUniqueSixDigits()
    {
        Assert.All(_henan.All, r => Assert.Matches("^[0-9]{6}$", r.Code));
        Assert.Equal(_henan.All.Count, _henan.All.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_Henan_NamesAreUniqueAndHaveNoPlaceholders()
    {
        Assert.Equal(_henan.All.Count, _henan.All.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(_henan.All, r => r.Name == "市辖区");
    }

    [Fact]
    public void All_Henan_CountiesSitUnderACityWithTheSamePrefix()
    {
        foreach (var county in _henan.All.Where(r => r.Level == RegionLevel.County))
        {
            var city = _henan.Find(county.ParentCode!);
            Assert.Equal(RegionLevel.City, city?.Level);
            Assert.StartsWith(city!.Code[..4], county.Code, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("410105", "金水区", "410100")]
    [InlineData("411702", "驿城区", "411700")]
    [InlineData("410307", "偃师区", "410300")]
    [InlineData("410783", "长垣市", "410700")]
    [InlineData("411603", "淮阳区", "411600")]
    public void Find_KnownCounty_ReturnsRowUnderItsCity(string code, string name, string parent)
    {
        Assert.Equal(new Region(code, name, RegionLevel.County, parent), _henan.Find(code));
    }

    [Theory]
    [InlineData("410101")] // 市辖区 placeholder
    [InlineData("410381")] // 偃师市, became 410307 偃师区 in 2021
    [InlineData("410171")] // 郑州经济技术开发区: a statistics area, not a division
    [InlineData("110101")]
    [InlineData("")]
    public void Find_UnlistedCode_ReturnsNull(string code) => Assert.Null(_henan.Find(code));

    [Fact]
    public void Children_Zhengzhou_ReturnsItsTwelveDivisions()
    {
        var children = _henan.Children("410100");
        Assert.Equal(12, children.Count);
        Assert.Contains(children, r => r.Name == "管城回族区");
    }

    [Fact]
    public void Children_LeafOrUnknown_ReturnsEmpty()
    {
        Assert.Empty(_henan.Children("419001"));
        Assert.Empty(_henan.Children("999999"));
        Assert.Equal(18, _henan.Children(RegionCatalog.HenanCode).Count);
    }

    [Theory]
    [InlineData("郑州市", "410100")]
    [InlineData("郑州", "410100")]
    [InlineData("驻马店", "411700")]
    [InlineData("济源", "419001")]
    [InlineData("河南", "410000")]
    [InlineData("金水", "410105")]
    [InlineData("新乡", "410700")]
    [InlineData("新乡县", "410721")]
    [InlineData("安阳", "410500")]
    [InlineData("滑县", "410526")]
    public void FindByName_FullOrShortName_ReturnsDivision(string name, string code)
    {
        Assert.Equal(code, _henan.FindByName(name)?.Code);
    }

    [Theory]
    [InlineData("滑")]
    [InlineData("郑州县")]
    [InlineData(" 郑州市")]
    [InlineData("北京市")]
    public void FindByName_NoSuchName_ReturnsNull(string name) => Assert.Null(_henan.FindByName(name));

    [Theory]
    [InlineData("410000", true)]
    [InlineData("410105", true)]
    [InlineData("419001", true)]
    [InlineData("410381", false)]
    [InlineData("110105", false)]
    public void IsInHenan_Code_ReturnsWhetherListedInHenan(string code, bool expected)
    {
        Assert.Equal(expected, _henan.IsInHenan(code));
    }

    [Theory]
    [InlineData("410105", "410100")]
    [InlineData("411729", "411700")]
    [InlineData("410300", "410300")]
    [InlineData("419001", "419001")]
    [InlineData("410000", null)]
    [InlineData("999999", null)]
    public void CityOf_Code_ReturnsCityCode(string code, string? expected)
    {
        Assert.Equal(expected, _henan.CityOf(code));
    }

    [Fact]
    public void Constructor_SmallList_IndexesIt()
    {
        var catalog = new RegionCatalog(new StringReader(
            "code\tname\tlevel\tparent\n410000\t河南省\tprovince\t\n410100\t郑州市\tcity\t410000\n410105\t金水区\tcounty\t410100\n"));
        Assert.Equal(3, catalog.All.Count);
        Assert.Equal("410100", catalog.CityOf("410105"));
    }

    [Theory]
    [InlineData("code,name,level,parent\n")]
    [InlineData("code\tname\tlevel\tparent\n41000\t河南省\tprovince\t\n")]
    [InlineData("code\tname\tlevel\tparent\n410000\t河南省\tstate\t\n")]
    [InlineData("code\tname\tlevel\tparent\n410000\t河南省\tprovince\t\n410100\t郑州市\tcity\t\n")]
    [InlineData("code\tname\tlevel\tparent\n410000\t河南省\tprovince\t\n410100\t郑州市\tcity\t420000\n")]
    [InlineData("code\tname\tlevel\tparent\n410000\t河南省\tprovince\t\n410000\t河南\tprovince\t\n")]
    public void Constructor_MalformedList_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => new RegionCatalog(new StringReader(text)));
    }
}
