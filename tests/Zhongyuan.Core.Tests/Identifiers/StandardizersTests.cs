using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Identifiers;

public sealed class StandardizersTests
{
    public static TheoryData<string, string> Unchanged => new()
    {
        { nameof(Standardizers.FullWidthToHalfWidth), "ABC 123 中文、" },
        { nameof(Standardizers.RemoveInvisible), "张三 李四" },
        { nameof(Standardizers.CollapseWhitespace), "张 三" },
        { nameof(Standardizers.CollapseWhitespace), "" },
        { nameof(Standardizers.ChineseDateToIso), "2017-04-08" },
        { nameof(Standardizers.ChineseDateToIso), "2017年13月8日" },
        { nameof(Standardizers.ChineseDateToIso), "昨天" },
        { nameof(Standardizers.Amount), "1234.50" },
        { nameof(Standardizers.Amount), "约3万" },
        { nameof(Standardizers.Amount), "1,23" },
        { nameof(Standardizers.RegionNameToCode), "410105" },
        { nameof(Standardizers.RegionNameToCode), "火星市" },
        { nameof(Standardizers.ResidentId), "11010519491231002X" },
        { nameof(Standardizers.ResidentId), "不详" },
    };

    [Theory]
    [MemberData(nameof(Unchanged))]
    public void Standardizer_NothingToChange_SameInstance(string standardizer, string value)
    {
        var copy = new string(value.AsSpan()); // a distinct instance, so only the standardiser can make them the same

        Assert.Same(copy, Apply(standardizer, copy));
    }

    [Theory]
    [InlineData("１２３ＡＢｃ，！", "123ABc,!")]
    [InlineData("河南省　郑州市", "河南省 郑州市")]
    [InlineData("（41）", "(41)")]
    public void FullWidthToHalfWidth_FullWidth_Ascii(string value, string expected) =>
        Assert.Equal(expected, Standardizers.FullWidthToHalfWidth(value));

    [Theory]
    [InlineData("\uFEFF张三", "张三")]
    [InlineData("张\u200B三\u200D", "张三")]
    [InlineData("a\tb\r\nc\u0000", "abc")]
    [InlineData("soft\u00ADhyphen\u200E", "softhyphen")]
    public void RemoveInvisible_Invisible_Removed(string value, string expected) =>
        Assert.Equal(expected, Standardizers.RemoveInvisible(value));

    [Theory]
    [InlineData("  张三  ", "张三")]
    [InlineData("张　　三", "张 三")]
    [InlineData("a \t\n b", "a b")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("   ", "")]
    public void CollapseWhitespace_Runs_OneSpace(string value, string expected) =>
        Assert.Equal(expected, Standardizers.CollapseWhitespace(value));

    [Theory]
    [InlineData("2017年4月8日", "2017-04-08")]
    [InlineData("2017年04月08日", "2017-04-08")]
    [InlineData("2017年4月8号", "2017-04-08")]
    [InlineData("2017年4月8", "2017-04-08")]
    [InlineData("2017.4.8", "2017-04-08")]
    [InlineData("20170408", "2017-04-08")]
    [InlineData("2017/4/8", "2017-04-08")]
    [InlineData("2017-4-8", "2017-04-08")]
    [InlineData(" 2017/12/31 ", "2017-12-31")]
    [InlineData("２０１７年４月８日", "2017-04-08")]
    [InlineData("2000.2.29", "2000-02-29")]
    public void ChineseDateToIso_KnownForms_Iso(string value, string expected) =>
        Assert.Equal(expected, Standardizers.ChineseDateToIso(value));

    [Theory]
    [InlineData("2017.4/8")]
    [InlineData("2017-02-30")]
    [InlineData("1900.2.29")]
    [InlineData("20171301")]
    [InlineData("2017年4月8日下午")]
    [InlineData("17-4-8")]
    [InlineData("2017-4-")]
    [InlineData("")]
    public void ChineseDateToIso_NotADate_Unchanged(string value) =>
        Assert.Same(value, Standardizers.ChineseDateToIso(value));

    [Theory]
    [InlineData("1.5万", "15000")]
    [InlineData("2亿", "200000000")]
    [InlineData("2亿元", "200000000")]
    [InlineData("1.5万亿", "1500000000000")]
    [InlineData("0.25万元", "2500")]
    [InlineData("1,234.50", "1234.50")]
    [InlineData("¥1,234.50", "1234.50")]
    [InlineData("￥12元", "12")]
    [InlineData("-1,234", "-1234")]
    [InlineData(" 3 万 ", "30000")]
    [InlineData("１，２３４．５", "1234.5")]
    [InlineData("1,234,567", "1234567")]
    public void Amount_Forms_PlainNumber(string value, string expected) =>
        Assert.Equal(expected, Standardizers.Amount(value));

    [Theory]
    [InlineData("abc")]
    [InlineData("1,2345")]
    [InlineData("12,34.5")]
    [InlineData("1.234,5")]
    [InlineData("万")]
    [InlineData("1.5万万")]
    [InlineData("")]
    public void Amount_NotAnAmount_Unchanged(string value) =>
        Assert.Same(value, Standardizers.Amount(value));

    [Theory]
    [InlineData("河南省郑州市金水区", "410105")]
    [InlineData("郑州市金水区", "410105")]
    [InlineData("金水区", "410105")]
    [InlineData("北京市", "110000")]
    [InlineData("广东省广州市", "440100")]
    public void RegionNameToCode_Name_Code(string value, string expected) =>
        Assert.Equal(expected, Standardizers.RegionNameToCode(value));

    [Theory]
    [InlineData(" 110105491231002 ", "11010519491231002X")]
    [InlineData("11010519491231002x", "11010519491231002X")]
    public void ResidentId_Normalisable_Normalised(string value, string expected) =>
        Assert.Equal(expected, Standardizers.ResidentId(value));

    [Fact]
    public void Standardizers_Null_Throw() =>
        Assert.Throws<ArgumentNullException>(() => Standardizers.Amount(null!));

    private static string Apply(string standardizer, string value) => standardizer switch
    {
        nameof(Standardizers.FullWidthToHalfWidth) => Standardizers.FullWidthToHalfWidth(value),
        nameof(Standardizers.RemoveInvisible) => Standardizers.RemoveInvisible(value),
        nameof(Standardizers.CollapseWhitespace) => Standardizers.CollapseWhitespace(value),
        nameof(Standardizers.ChineseDateToIso) => Standardizers.ChineseDateToIso(value),
        nameof(Standardizers.Amount) => Standardizers.Amount(value),
        nameof(Standardizers.RegionNameToCode) => Standardizers.RegionNameToCode(value),
        nameof(Standardizers.ResidentId) => Standardizers.ResidentId(value),
        _ => throw new ArgumentOutOfRangeException(nameof(standardizer)),
    };
}
