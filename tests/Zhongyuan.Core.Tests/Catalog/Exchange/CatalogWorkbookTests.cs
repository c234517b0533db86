using MiniExcelLibs;
using Zhongyuan.Catalog;
using Zhongyuan.Catalog.Exchange;

namespace Zhongyuan.Tests.Catalog.Exchange;

public sealed class CatalogWorkbookTests
{
    [Fact]
    public async Task WriteAsync_ThenRead_ThreeResources_MetadataEqual()
    {
        using var stream = new MemoryStream();
        await CatalogWorkbook.WriteAsync(stream, CatalogSamples.All, CancellationToken.None);
        stream.Position = 0;

        var entries = CatalogWorkbook.Read(stream);

        Assert.Equal(3, entries.Count);
        for (var i = 0; i < 3; i++)
        {
            var original = CatalogSamples.All[i];
            Assert.Empty(entries[i].Errors);
            Assert.Equal(i + 2, entries[i].Row);
            Assert.Equal(original.Code, entries[i].Code);
            Assert.Equal(original.Provider.CreditCode, entries[i].Provider);
            Assert.Equal(CatalogJson.Serialize(original.Metadata), CatalogJson.Serialize(entries[i].Metadata!));
        }
    }

    [Fact]
    public async Task WriteAsync_Resources_WritesChineseLabelsAndInstructions()
    {
        using var stream = new MemoryStream();
        await CatalogWorkbook.WriteAsync(stream, [CatalogSamples.Population()], CancellationToken.None);

        Assert.Equal(["信息资源", "信息项", "填写说明"], MiniExcel.GetSheetNames(stream));
        var resource = Rows(stream, "信息资源").Single();
        Assert.Equal("有条件共享", resource["共享类型"]);
        Assert.Equal("已发布", resource["状态"]);
        var key = Rows(stream, "信息项").First();
        Assert.Equal(("公民身份号码", "敏感个人信息", "身份证号", "是"), (key["信息项名称"], key["敏感级别"], key["脱敏规则"], key["是否主键"]));
        var guide = Rows(stream, "填写说明").Single(r => Equals(r["工作表"], "信息资源") && Equals(r["列名"], "共享类型"));
        Assert.Equal("无条件共享、有条件共享、不予共享", guide["可选值"]);
    }

    [Fact]
    public async Task WriteAsync_NoResources_TemplateReadsAsNoEntries()
    {
        using var stream = new MemoryStream();
        await CatalogWorkbook.WriteAsync(stream, [], CancellationToken.None);
        stream.Position = 0;

        Assert.Empty(CatalogWorkbook.Read(stream));
    }

    [Fact]
    public void Read_NumberCells_ReadAsCodesAndLengths()
    {
        using var stream = Workbook([Resource((WorkbookHeaders.Classification, 101001000d), (WorkbookHeaders.Region, 410000d))],
            [Item(("长度", 18d))]);

        var metadata = Assert.Single(CatalogWorkbook.Read(stream)).Metadata!;

        Assert.Equal("101001000", metadata.Classification);
        Assert.Equal("410000", metadata.RegionCode);
        Assert.Equal(18, metadata.Items[0].Length);
    }

    [Fact]
    public void Read_LengthWithUnit_NumberWithUnitErrorOnItem()
    {
        using var stream = Workbook([Resource()], [Item(("信息项名称", "公民身份号码")), Item(("信息项名称", "姓名"), ("长度", "18位"))]);

        var entry = Assert.Single(CatalogWorkbook.Read(stream));

        Assert.Null(entry.Metadata);
        var error = Assert.Single(entry.Errors);
        Assert.Equal(("items[1].length", "number_with_unit"), (error.Field, error.Code));
        Assert.Contains("信息项表第3行", error.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("数字请不要带单位，例如“18位”应填写为“18”", error.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownLabel_InvalidValueInChinese()
    {
        using var stream = Workbook([Resource(("共享类型", "部分共享"))], [Item()]);

        var error = Assert.Single(Assert.Single(CatalogWorkbook.Read(stream)).Errors);

        Assert.Equal(("shareType", "invalid_value"), (error.Field, error.Code));
        Assert.Equal("共享类型的值“部分共享”无效，可选值：无条件共享、有条件共享、不予共享", error.Message.Zh);
    }

    [Fact]
    public void Read_ChineseEnglishAndMemberNames_AllParsed()
    {
        using var stream = Workbook(
            [Resource(("共享类型", "有条件共享"), ("共享条件", "依法履职"), ("信息资源格式", "Spreadsheet"), ("更新周期", "monthly"))],
            [Item(("数据类型", "日期型"), ("敏感级别", "Personal"), ("脱敏规则", "姓名"), ("是否主键", "是"))]);

        var metadata = Assert.Single(CatalogWorkbook.Read(stream)).Metadata!;

        Assert.Equal((ShareType.Conditional, ResourceFormat.Spreadsheet, UpdateCycle.Monthly), (metadata.ShareType, metadata.Format, metadata.UpdateCycle));
        var item = metadata.Items[0];
        Assert.Equal((ItemDataType.Date, Sensitivity.Personal, MaskingRule.Name, true), (item.DataType, item.Sensitivity, item.Masking, item.IsKey));
        Assert.Equal(ShareType.Conditional, item.ShareType);
    }

    [Fact]
    public void Read_SeveralShareMethods_AllParsed()
    {
        using var stream = Workbook([Resource(("共享方式", "接口、库表；文件")), Resource(("信息资源名称", "户籍迁移信息"), ("共享方式", "API, File"))],
            [Item(), Item(("资源代码或名称", "户籍迁移信息"))]);

        var entries = CatalogWorkbook.Read(stream);

        Assert.Equal([ShareMethod.Api, ShareMethod.Table, ShareMethod.File], entries[0].Metadata!.ShareMethods);
        Assert.Equal([ShareMethod.Api, ShareMethod.File], entries[1].Metadata!.ShareMethods);
    }

    [Fact]
    public void Read_ItemOfUnknownResource_ErrorInRowZeroEntry()
    {
        using var stream = Workbook([Resource()], [Item(), Item(("资源代码或名称", "人口信息"))]);

        var entries = CatalogWorkbook.Read(stream);

        Assert.Equal(2, entries.Count);
        var error = Assert.Single(entries[0].Errors);
        Assert.Equal((0, "item_resource_unknown"), (entries[0].Row, error.Code));
        Assert.Contains("第3行", error.Message.Zh, StringComparison.Ordinal);
        Assert.Single(entries[1].Metadata!.Items);
    }

    [Fact]
    public void Read_MissingItemSheet_RowZeroErrorNamingSheet()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { Resource() }, sheetName: "信息资源");
        stream.Position = 0;

        var entry = Assert.Single(CatalogWorkbook.Read(stream));

        Assert.Equal((0, "sheet_missing"), (entry.Row, Assert.Single(entry.Errors).Code));
        Assert.Contains("“信息项”", entry.Errors[0].Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredColumn_RowZeroErrorNamingColumn()
    {
        var resource = Resource();
        resource.Remove("数据分级");
        using var stream = Workbook([resource], [Item()]);

        var entry = Assert.Single(CatalogWorkbook.Read(stream));

        Assert.Equal((0, "column_missing"), (entry.Row, Assert.Single(entry.Errors).Code));
        Assert.Contains("数据分级", entry.Errors[0].Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAWorkbook_RowZeroError()
    {
        using var stream = new MemoryStream("资源代码,信息资源名称\n"u8.ToArray());

        var entry = Assert.Single(CatalogWorkbook.Read(stream));

        Assert.Equal((0, "file_invalid"), (entry.Row, Assert.Single(entry.Errors).Code));
    }

    private static MemoryStream Workbook(IEnumerable<Dictionary<string, object?>> resources, IEnumerable<Dictionary<string, object?>> items)
    {
        var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["信息资源"] = resources.ToList(), ["信息项"] = items.ToList() });
        stream.Position = 0;
        return stream;
    }

    private static Dictionary<string, object?> Resource(params (string Header, object? Value)[] cells) => With(new()
    {
        ["资源代码"] = null,
        ["信息资源名称"] = "人口基本信息",
        [WorkbookHeaders.Classification] = "101001000",
        ["信息资源提供方"] = "河南省公安厅",
        ["提供方代码"] = null,
        ["信息资源摘要"] = "全省户籍人口基本信息",
        ["信息资源格式"] = "数据库",
        ["共享类型"] = "无条件共享",
        ["共享条件"] = null,
        ["不予共享依据"] = null,
        ["共享方式"] = "接口",
        ["开放类型"] = "不予开放",
        ["开放条件"] = null,
        ["更新周期"] = "每日",
        ["数据分级"] = "重要数据",
        [WorkbookHeaders.Region] = "410000",
    }, cells);

    private static Dictionary<string, object?> Item(params (string Header, object? Value)[] cells) => With(new()
    {
        ["资源代码或名称"] = "人口基本信息",
        ["信息项名称"] = "公民身份号码",
        ["数据类型"] = "字符型",
        ["长度"] = null,
        ["数据元"] = null,
        ["共享类型"] = null,
        ["敏感级别"] = null,
        ["脱敏规则"] = null,
        ["是否主键"] = null,
    }, cells);

    private static Dictionary<string, object?> With(Dictionary<string, object?> row, (string Header, object? Value)[] cells)
    {
        foreach (var (header, value) in cells)
        {
            row[header] = value;
        }
        return row;
    }

    private static List<IDictionary<string, object?>> Rows(Stream stream, string sheet)
    {
        stream.Position = 0;
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }

    private static class WorkbookHeaders
    {
        public const string Classification = "信息资源分类代码";
        public const string Region = "所属行政区划代码";
    }
}
