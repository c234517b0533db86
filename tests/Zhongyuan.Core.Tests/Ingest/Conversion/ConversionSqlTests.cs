using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Binding;
using Zhongyuan.Ingest.Conversion;

namespace Zhongyuan.Tests.Ingest.Conversion;

public sealed class ConversionSqlTests
{
    [Fact]
    public void SelectConverted_ChineseDateFormats_ParseToTheSameDate()
    {
        var (values, rejects) = ConvertOne(ItemDataType.Date,
            "2017年4月8日", "2017.4.8", "20170408", "2017/4/8", "2017-04-08", "２０１７－０４－０８", " 2017-4-8\u3000",
            "2017-04-08 13:05:01", "2017年4月8日 13时5分", "2017/04/08T13:05");

        Assert.All(values, v => Assert.Equal("2017-04-08", v));
        Assert.Empty(rejects);
    }

    [Fact]
    public void SelectRejects_BadDates_GiveReasonAndOriginalText()
    {
        var (values, rejects) = ConvertOne(ItemDataType.Date, "2017-02-30", "abc", "2017048", "1700-01-01", "2201-01-01", "2200-12-31");

        Same([null, null, null, null, null, "2200-12-31"], values);
        Assert.Equal(
            [
                ["1", "v", "v", RejectReason.NotDate, "2017-02-30"],
                ["2", "v", "v", RejectReason.NotDate, "abc"],
                ["3", "v", "v", RejectReason.NotDate, "2017048"],
                ["4", "v", "v", RejectReason.DateOutOfRange, "1700-01-01"],
                ["5", "v", "v", RejectReason.DateOutOfRange, "2201-01-01"],
            ],
            rejects);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    [InlineData("NULL")]
    [InlineData("null")]
    [InlineData("\\N")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("无")]
    [InlineData(" N/A ")]
    [InlineData(null)]
    public void SelectConverted_NullMarker_IsNullWithoutReject(string? marker)
    {
        foreach (var type in Enum.GetValues<ItemDataType>())
        {
            var (values, rejects) = ConvertOne(type, marker);

            Same([null], values);
            Assert.Empty(rejects);
        }
    }

    [Fact]
    public void SelectConverted_IntegerFormats_Parse()
    {
        var (values, rejects) = ConvertOne(ItemDataType.Integer,
            "1,234,567", "１２３", " 12 ", "1 234", "12.0", "-5", "+7", "１，２３４", "\u200B42\uFEFF", "9223372036854775807");

        Same(["1234567", "123", "12", "1234", "12", "-5", "7", "1234", "42", "9223372036854775807"], values);
        Assert.Empty(rejects);
    }

    [Fact]
    public void SelectRejects_BadIntegers_AreNotInteger()
    {
        string[] bad = ["abc", "12.5", "12%", "1,23", "9223372036854775808", "0x10", "1_000", "1e3"];
        var (values, rejects) = ConvertOne(ItemDataType.Integer, bad);

        Assert.All(values, Assert.Null);
        Assert.Equal(bad, rejects.Select(r => r[4]));
        Assert.All(rejects, r => Assert.Equal(RejectReason.NotInteger, r[3]));
    }

    [Fact]
    public void SelectConverted_DecimalFormats_Parse()
    {
        var (values, rejects) = ConvertOne(ItemDataType.Decimal, "1,234.5", "1.5E3", "．５", "-0.25", "1 000 000", "3", "2.5e-2");

        Same(["1234.5000000000", "1500.0000000000", "0.5000000000", "-0.2500000000", "1000000.0000000000", "3.0000000000", "0.0250000000"], values);
        Assert.Empty(rejects);
    }

    [Fact]
    public void SelectRejects_BadDecimals_AreNotDecimal()
    {
        var (_, rejects) = ConvertOne(ItemDataType.Decimal, "1.2.3", "12%", "abc", "12元");

        Assert.Equal(4, rejects.Count);
        Assert.All(rejects, r => Assert.Equal(RejectReason.NotDecimal, r[3]));
    }

    [Fact]
    public void SelectConverted_TimestampFormats_Parse()
    {
        var (values, rejects) = ConvertOne(ItemDataType.Timestamp,
            "2017-04-08 13:05:01", "2017-04-08T13:05", "2017年4月8日 13时5分", "2017年4月8日13时5分30秒", "2017/4/8 13:05:01.5",
            "2017-04-08", "20170408", "2017-04-08T05:05:01Z", "2017-04-08T13:05:01+08:00", "2017-04-08 07:05:01+02",
            "2017-04-08 13:05:01+0800", "2017.4.8 13:05:01.25");

        Same(
            ["2017-04-08 13:05:01", "2017-04-08 13:05:00", "2017-04-08 13:05:00", "2017-04-08 13:05:30", "2017-04-08 13:05:01.5",
             "2017-04-08 00:00:00", "2017-04-08 00:00:00", "2017-04-08 13:05:01", "2017-04-08 13:05:01", "2017-04-08 13:05:01",
             "2017-04-08 13:05:01", "2017-04-08 13:05:01.25"],
            values);
        Assert.Empty(rejects);
    }

    [Fact]
    public void SelectRejects_BadTimestamps_GiveReasons()
    {
        var (_, rejects) = ConvertOne(ItemDataType.Timestamp, "tomorrow", "2017-04-08 25:00", "1600-01-01 00:00", "2017-04-08 13:05:01 Asia/Shanghai");

        Assert.Equal([RejectReason.NotTimestamp, RejectReason.NotTimestamp, RejectReason.DateOutOfRange, RejectReason.NotTimestamp], rejects.Select(r => r[3]));
    }

    [Fact]
    public void SelectConverted_BooleanWords_Parse()
    {
        var (values, rejects) = ConvertOne(ItemDataType.Boolean, "是", "否", "TRUE", "f", "Y", "0", "真", "假", "No", "１", "有", "maybe");

        Same(["true", "false", "true", "false", "true", "false", "true", "false", "false", "true", null, null], values);
        Assert.Equal([RejectReason.NotBoolean, RejectReason.NotBoolean], rejects.Select(r => r[3]));
        Assert.Equal(["11", "12"], rejects.Select(r => r[0]));
    }

    [Fact]
    public void SelectConverted_Base64_DecodesAndRejectsInvalid()
    {
        var (values, rejects) = ConvertOne(ItemDataType.Binary, "aGVs\nbG8=", "!!!");

        Same(["hello", null], values);
        Assert.Equal(RejectReason.NotBase64, Assert.Single(rejects)[3]);
    }

    [Fact]
    public void SelectConverted_Text_IsCleanedButKeepsInnerSpacesAndChinesePunctuation()
    {
        var (values, rejects) = ConvertOne(ItemDataType.Text, "  张三  ", "ＡＢＣ１２３", "郑州市，金水区", "a\u200Bb", "a  b", "\u00A0x\u3000");

        Same(["张三", "ABC123", "郑州市，金水区", "ab", "a  b", "x"], values);
        Assert.Empty(rejects);
    }

    [Fact]
    public void SelectRejects_TextLongerThanLength_IsTooLongCountingCharacters()
    {
        var (values, rejects) = ConvertOne(ItemDataType.Text, 5, "一二三四五", " 一二三四五 ", "一二三四五六", "𠀀𠀀𠀀𠀀𠀀");

        Same(["一二三四五", "一二三四五", null, "𠀀𠀀𠀀𠀀𠀀"], values);
        Same(["3", "v", "v", RejectReason.TooLong, "一二三四五六"], Assert.Single(rejects));
    }

    [Fact]
    public void SelectConverted_SomeValuesOfARowNeedCleaning_EachValueCleanedOnItsOwn()
    {
        InformationItem[] items = [new("编号", ItemDataType.Integer), new("名称", ItemDataType.Text), new("日期", ItemDataType.Date)];
        IngestColumn[] columns = [new("编号", ItemDataType.Integer, false), new("名称", ItemDataType.Text, false), new("日期", ItemDataType.Date, false)];
        var binding = ColumnBinder.Bind(["编号", "名称", "日期"], items);
        using var db = new StagingDatabase("s", ["编号", "名称", "日期"],
            [["１２", "张三", "2017-04-08"], ["12", " 张 三\t", "2017-04-08"], ["12", "张三", "2017-04-08\u3000"], ["12", "a\u0001 ", "2017-04-08"],
             ["12", "（一）", "2017-04-08"], ["12", null, " 2017-04-08"], ["\n12", "张三", "2017-04-08"], ["12", "张三", "2017-04-08"]]);

        var converted = db.QueryAsText(ConversionSql.SelectConverted("s", binding, columns), ["编号", "名称", "日期"]);

        Assert.Equal(
            [["1", "12", "张三", "2017-04-08"], ["2", "12", "张 三", "2017-04-08"], ["3", "12", "张三", "2017-04-08"], ["4", "12", "a\u0001", "2017-04-08"],
             ["5", "12", "（一）", "2017-04-08"], ["6", "12", null, "2017-04-08"], ["7", "12", "张三", "2017-04-08"], ["8", "12", "张三", "2017-04-08"]],
            converted);
    }

    [Fact]
    public void Queries_SeveralColumns_MissingItemIsNullAndRejectedRowsAreNotAccepted()
    {
        InformationItem[] items = [new("编号", ItemDataType.Integer, IsKey: true), new("出生日期", ItemDataType.Date), new("备注", ItemDataType.Text)];
        IngestColumn[] columns = [new("编号", ItemDataType.Integer, true), new("出生日期", ItemDataType.Date, false), new("备注", ItemDataType.Text, false)];
        var binding = ColumnBinder.Bind(["ＩＤ", "出生日期 ", "编号"], items);
        using var db = new StagingDatabase("s", ["ＩＤ", "出生日期 ", "编号"],
            [["x", "2017.4.8", "１"], ["y", "2017-02-30", "2"], ["z", "bad", "three"], ["w", "", "4"]]);

        var converted = db.QueryAsText(ConversionSql.SelectConverted("s", binding, columns), ["编号", "出生日期", "备注"]);
        var accepted = db.QueryAsText(ConversionSql.SelectAccepted("s", binding, columns), ["编号", "出生日期", "备注"]);
        var rejects = db.Query(ConversionSql.SelectRejects("s", binding, columns));

        Assert.Equal([["1", "1", "2017-04-08", null], ["2", "2", null, null], ["3", null, null, null], ["4", "4", null, null]], converted);
        Assert.Equal([["1", "1", "2017-04-08", null], ["4", "4", null, null]], accepted);
        Assert.Equal(
            [
                ["2", "出生日期", "出生日期 ", RejectReason.NotDate, "2017-02-30"],
                ["3", "编号", "编号", RejectReason.NotInteger, "three"],
                ["3", "出生日期", "出生日期 ", RejectReason.NotDate, "bad"],
            ],
            rejects);
    }

    [Fact]
    public void SelectConvertedWithFailures_OneScan_SameRejectsAndAcceptedRowsAsTheSeparateQueries()
    {
        InformationItem[] items = [new("编号", ItemDataType.Integer, IsKey: true), new("出生日期", ItemDataType.Date)];
        IngestColumn[] columns = [new("编号", ItemDataType.Integer, true), new("出生日期", ItemDataType.Date, false)];
        var binding = ColumnBinder.Bind(["编号", "出生日期"], items);
        using var db = new StagingDatabase("s", ["编号", "出生日期"], [["1", "2017.4.8"], ["2", "2017-02-30"], ["three", "bad"], ["4", ""]]);

        db.Execute("CREATE TABLE c AS " + ConversionSql.SelectConvertedWithFailures("s", binding, columns));
        var rejects = db.Query(ConversionSql.RejectsFrom("c"));
        var accepted = db.QueryAsText($"SELECT * EXCLUDE ({ConversionSql.Failures}) FROM c WHERE {ConversionSql.Failures} IS NULL", ["编号", "出生日期"]);

        Assert.Equal(db.Query(ConversionSql.SelectRejects("s", binding, columns)), rejects);
        Assert.Equal(db.QueryAsText(ConversionSql.SelectAccepted("s", binding, columns), ["编号", "出生日期"]), accepted);
        Assert.Equal(3, rejects.Count);
    }

    [Fact]
    public void Queries_HostileNames_AreQuotedAndRun()
    {
        const string table = "st\"; DROP TABLE sentinel; --";
        const string source = "a\"b; --'c";
        const string itemName = "it'em\"); DROP TABLE sentinel; --";
        var binding = ColumnBinder.Bind([source], [], new Dictionary<string, string>());
        binding = binding with { Bound = [new BoundColumn(new InformationItem(itemName, ItemDataType.Integer), source)] };
        IngestColumn[] columns = [new(itemName, ItemDataType.Integer, false)];
        using var db = new StagingDatabase(table, [source], [["1"], ["x'); --"]]);
        db.Execute("CREATE TABLE sentinel (v INTEGER)");

        var converted = db.QueryAsText(ConversionSql.SelectConverted(table, binding, columns), [itemName]);
        var rejects = db.Query(ConversionSql.SelectRejects(table, binding, columns));

        Assert.Equal([["1", "1"], ["2", null]], converted);
        Same(["2", itemName, source, RejectReason.NotInteger, "x'); --"], Assert.Single(rejects));
        Assert.Equal([["0"]], db.Query("SELECT count(*) FROM sentinel"));
    }

    [Fact]
    public void SelectRejects_NoBoundColumn_ReturnsNoRows()
    {
        var binding = ColumnBinder.Bind(["other"], [new InformationItem("v", ItemDataType.Date)]);
        using var db = new StagingDatabase("s", ["other"], [["x"]]);

        Assert.Empty(db.Query(ConversionSql.SelectRejects("s", binding, [new("v", ItemDataType.Date, false)])));
        Assert.Equal([["1", null]], db.QueryAsText(ConversionSql.SelectConverted("s", binding, [new("v", ItemDataType.Date, false)]), ["v"]));
    }

    [Fact]
    public void SqlLiteral_QuoteInText_IsDoubled()
    {
        Assert.Equal("'it''s'", SqlLiteral.Of("it's"));
        Assert.Throws<ArgumentException>(() => SqlLiteral.Of("a\0b"));
    }

    [Fact]
    public void RejectReason_EveryCode_HasChineseAndEnglish()
    {
        Assert.Equal(8, RejectReason.All.Count);
        Assert.All(RejectReason.All, code => Assert.False(string.IsNullOrWhiteSpace(RejectReason.Message(code).Zh + RejectReason.Message(code).En)));
        Assert.Contains("2017年4月8日", RejectReason.Message(RejectReason.NotDate).Zh, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => RejectReason.Message("nope"));
    }

    // Compares as sequences: xunit's span overloads do not accept nullable strings.
    private static void Same(IEnumerable<string?> expected, IEnumerable<string?> actual) => Assert.Equal(expected, actual);

    [Fact]
    public void SelectConvertedWithFailuresFrom_EveryType_IsWrittenInSourceOrder()
    {
        // Rows are numbered by their place in the converted file, so its COPY must keep the source order. DuckDB keeps
        // it (a batch copy) only when no operator of the plan gives up order: an IN list of many constants became a
        // hash join, and the file came out in the order the threads finished.
        var types = Enum.GetValues<ItemDataType>();
        var names = types.Select(t => t.ToString()).ToList();
        var binding = ColumnBinder.Bind(names, [.. types.Select(t => new InformationItem(t.ToString(), t, null))]);
        IngestColumn[] columns = [.. types.Select(t => new IngestColumn(t.ToString(), t, false))];
        using var db = new StagingDatabase("staging", names, []);
        var copy = $"COPY ({ConversionSql.SelectConvertedWithFailuresFrom("staging", binding, columns)}) TO '{Path.Combine(Path.GetTempPath(), "never-written.parquet")}' (FORMAT PARQUET)";

        var plan = string.Join("\n", db.Query("EXPLAIN " + copy).Select(r => r[1]));

        Assert.Contains("BATCH_COPY_TO_FILE", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", plan, StringComparison.Ordinal);
    }

    private static (string?[] Values, List<string?[]> Rejects) ConvertOne(ItemDataType type, params string?[] values) =>
        ConvertOne(type, null, values);

    private static (string?[] Values, List<string?[]> Rejects) ConvertOne(ItemDataType type, int? length, params string?[] values)
    {
        var binding = ColumnBinder.Bind(["v"], [new InformationItem("v", type, length)]);
        IngestColumn[] columns = [new("v", type, false)];
        using var db = new StagingDatabase("staging", ["v"], values.Select(v => new[] { v }));
        var converted = db.QueryAsText(ConversionSql.SelectConverted("staging", binding, columns), ["v"]).Select(r => r[1]).ToArray();
        return (converted, db.Query(ConversionSql.SelectRejects("staging", binding, columns)));
    }
}
