using Zhongyuan.Identifiers;
using Zhongyuan.Regions;

namespace Zhongyuan.Tests.Identifiers;

public sealed class RegionResolverTests
{
    [Theory]
    [InlineData("河南省郑州市金水区", "410105")]
    [InlineData("郑州市金水区", "410105")]
    [InlineData("河南郑州金水区", "410105")]
    [InlineData("河南省 郑州市 金水区", "410105")]
    [InlineData("金水区", "410105")]
    [InlineData("河南省金水区", "410105")]
    [InlineData("河南省", "410000")]
    [InlineData("河南", "410000")]
    [InlineData("郑州", "410100")]
    [InlineData("新乡", "410700")] // the city, not 新乡县
    [InlineData("新乡县", "410721")]
    [InlineData("济源市", "419001")]
    [InlineData("洛阳市偃师区", "410307")]
    [InlineData("广东省", "440000")]
    [InlineData("广州市", "440100")]
    [InlineData("吉林", "220000")] // the province before the city
    [InlineData("吉林市", "220200")]
    [InlineData("新疆维吾尔自治区", "650000")]
    [InlineData("新疆", "650000")]
    [InlineData("内蒙古呼和浩特市", "150100")]
    [InlineData("延边朝鲜族自治州", "222400")]
    [InlineData("兴安盟", "152200")]
    [InlineData("香港", "810000")]
    public void Resolve_Name_Code(string text, string expected) => Assert.Equal(expected, RegionResolver.Resolve(text));

    [Theory]
    [InlineData("")]
    [InlineData("火星")]
    [InlineData("郑州市朝阳区")] // no such district in Zhengzhou
    [InlineData("北京市朝阳区")] // counties outside Henan are not known
    [InlineData("郑州市金水区文化路")]
    [InlineData("广东省郑州市")] // Zhengzhou is not in Guangdong
    [InlineData("偃师市")] // withdrawn in 2021
    [InlineData("市辖区")]
    public void Resolve_NotADivision_Null(string text) => Assert.Null(RegionResolver.Resolve(text));

    [Fact]
    public void Resolve_EveryHenanDivisionByFullNameUnderItsCity_ItsCode()
    {
        var henan = RegionCatalog.Henan;
        Assert.All(henan.All.Where(r => r.Level == RegionLevel.County), county =>
        {
            var city = henan.Find(county.ParentCode!)!;
            Assert.Equal(county.Code, RegionResolver.Resolve("河南省" + city.Name + county.Name));
        });
    }

    [Fact]
    public void Resolve_NameOfTwoDivisionsAtTheSameLevel_NullAloneButFoundUnderItsCity()
    {
        // Henan has no two counties of the same name today, so the rule is shown on a small list.
        var index = new RegionNameIndex(
        [
            new(620000, "甘肃省", null, null), new(620100, "兰州市", null, null), new(620102, "城关区", null, null),
            new(540000, "西藏自治区", null, null), new(540100, "拉萨市", null, null), new(540102, "城关区", null, null),
        ]);

        Assert.Null(RegionResolver.Resolve(index, "城关区"));
        Assert.Equal("620102", RegionResolver.Resolve(index, "兰州市城关区"));
        Assert.Equal("540102", RegionResolver.Resolve(index, "西藏拉萨城关区"));
        Assert.Equal("540102", RegionResolver.Resolve(index, "西藏城关区"));
    }

    [Theory]
    [InlineData("河南省郑州市金水区文化路1号", "410105")]
    [InlineData("郑州市中原路8号", "410100")] // 中原路 is a street, not 中原区
    [InlineData("郑州市中原区中原路8号", "410102")]
    [InlineData("河南省开封市", "410200")]
    [InlineData("广东省深圳市南山区科技园", "440300")]
    [InlineData("  河南省洛阳市涧西区", "410305")]
    public void ResolvePrefix_Address_LongestRegionPrefix(string address, string expected) =>
        Assert.Equal(expected, RegionResolver.ResolvePrefix(address));

    [Theory]
    [InlineData("文化路1号")]
    [InlineData("")]
    public void ResolvePrefix_NoRegionAtStart_Null(string address) => Assert.Null(RegionResolver.ResolvePrefix(address));
}
