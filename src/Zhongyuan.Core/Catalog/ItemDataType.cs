using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>The data type of an information item (信息项数据类型).</summary>
public enum ItemDataType
{
    /// <summary>字符型.</summary>
    [Label("字符型", "Text")] Text,

    /// <summary>整数型.</summary>
    [Label("整数型", "Integer")] Integer,

    /// <summary>数值型 (decimal).</summary>
    [Label("数值型", "Decimal")] Decimal,

    /// <summary>日期型.</summary>
    [Label("日期型", "Date")] Date,

    /// <summary>日期时间型.</summary>
    [Label("日期时间型", "Timestamp")] Timestamp,

    /// <summary>布尔型.</summary>
    [Label("布尔型", "Boolean")] Boolean,

    /// <summary>二进制 (files, images).</summary>
    [Label("二进制", "Binary")] Binary,
}
