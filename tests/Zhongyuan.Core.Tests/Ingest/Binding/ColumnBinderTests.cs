using Zhongyuan.Catalog;
using Zhongyuan.Ingest.Binding;

namespace Zhongyuan.Tests.Ingest.Binding;

public sealed class ColumnBinderTests
{
    private static readonly InformationItem Id = new("id", ItemDataType.Text, IsKey: true);
    private static readonly InformationItem IdNumber = new("身份证号", ItemDataType.Text);
    private static readonly InformationItem Name = new("姓名", ItemDataType.Text);

    [Fact]
    public void Bind_ExactNames_BindsEachItemToItsColumn()
    {
        var binding = ColumnBinder.Bind(["身份证号", "id", "姓名"], [Id, IdNumber, Name]);

        Assert.True(binding.IsValid);
        Assert.Equal(["id", "身份证号", "姓名"], binding.Bound.Select(b => b.SourceColumn));
        Assert.Empty(binding.MissingItems);
        Assert.Empty(binding.UnknownColumns);
    }

    [Theory]
    [InlineData("ＩＤ")]
    [InlineData("Id")]
    [InlineData(" i d ")]
    [InlineData("i\u200Bd")]
    [InlineData("\uFEFFid")]
    public void Bind_VariantOfName_BindsByNormalisedName(string column)
    {
        var binding = ColumnBinder.Bind([column], [Id]);

        Assert.True(binding.IsValid);
        Assert.Equal(column, binding.SourceFor("id"));
    }

    [Fact]
    public void Bind_TrailingSpaceAndFullWidthSpace_BindsChineseName()
    {
        var binding = ColumnBinder.Bind(["身份证号 ", "姓\u3000名"], [IdNumber, Name]);

        Assert.Equal("身份证号 ", binding.SourceFor("身份证号"));
        Assert.Equal("姓\u3000名", binding.SourceFor("姓名"));
    }

    [Fact]
    public void Bind_ExactAndNormalisedMatch_ExactWinsAndOtherIsUnknown()
    {
        var binding = ColumnBinder.Bind(["ID", "id"], [Id]);

        Assert.True(binding.IsValid);
        Assert.Equal("id", binding.SourceFor("id"));
        Assert.Equal(["ID"], binding.UnknownColumns);
    }

    [Fact]
    public void Bind_TwoColumnsNormaliseToItem_ReportsAmbiguity()
    {
        var binding = ColumnBinder.Bind(["ID", "ｉｄ"], [Id with { IsKey = false }]);

        var error = Assert.Single(binding.Errors);
        Assert.Equal("ambiguous_column", error.Code);
        Assert.Equal("items[0]", error.Field);
        Assert.Contains("ID", error.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("explicit mapping", error.Message.En, StringComparison.Ordinal);
        Assert.Empty(binding.Bound);
    }

    [Fact]
    public void Bind_MissingKeyItem_IsAnError()
    {
        var binding = ColumnBinder.Bind(["姓名"], [Id, Name]);

        Assert.False(binding.IsValid);
        Assert.Equal("key_item_missing", Assert.Single(binding.Errors).Code);
        Assert.Equal([Id], binding.MissingItems);
    }

    [Fact]
    public void Bind_MissingOrdinaryItem_IsReportedWithoutError()
    {
        var binding = ColumnBinder.Bind(["id", "备注", "电话"], [Id, Name]);

        Assert.True(binding.IsValid);
        Assert.Equal([Name], binding.MissingItems);
        Assert.Equal(["备注", "电话"], binding.UnknownColumns);
    }

    [Fact]
    public void Bind_ExplicitMapping_TakesPrecedenceOverNames()
    {
        var binding = ColumnBinder.Bind(["xm", "姓名", "id"], [Id, Name], new Dictionary<string, string> { ["姓名"] = "xm" });

        Assert.True(binding.IsValid);
        Assert.Equal("xm", binding.SourceFor("姓名"));
        Assert.Equal(["姓名"], binding.UnknownColumns);
    }

    [Fact]
    public void Bind_ExplicitMappingByNormalisedColumn_Binds()
    {
        var binding = ColumnBinder.Bind(["ＸＭ", "id"], [Id, Name], new Dictionary<string, string> { ["姓名"] = "xm" });

        Assert.Equal("ＸＭ", binding.SourceFor("姓名"));
    }

    [Fact]
    public void Bind_ExplicitMappingToAbsentColumn_IsAnError()
    {
        var binding = ColumnBinder.Bind(["id", "姓名"], [Id, Name], new Dictionary<string, string> { ["姓名"] = "name" });

        var error = Assert.Single(binding.Errors);
        Assert.Equal("mapping_column_not_found", error.Code);
        Assert.Equal("mapping.姓名", error.Field);
        Assert.Null(binding.SourceFor("姓名"));
    }

    [Fact]
    public void Bind_ExplicitMappingForUnknownItem_IsAnError()
    {
        var binding = ColumnBinder.Bind(["id"], [Id], new Dictionary<string, string> { ["电话"] = "id" });

        Assert.Equal("mapping_item_not_found", Assert.Single(binding.Errors).Code);
        Assert.Equal("id", binding.SourceFor("id"));
    }

    [Fact]
    public void Bind_DuplicateHeader_IsAmbiguous()
    {
        var binding = ColumnBinder.Bind(["id", "id"], [Id]);

        Assert.Contains(binding.Errors, e => e.Code == "ambiguous_column");
    }
}
