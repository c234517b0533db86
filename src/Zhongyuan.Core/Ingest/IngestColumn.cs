using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest;

/// <summary>A column of a dataset version: an information item with the type its values are stored as.</summary>
/// <param name="Name">The item name, which is also the column name in the Parquet file (e.g. 公民身份号码).</param>
/// <param name="Type">The stored type.</param>
/// <param name="IsKey">Whether the column is (part of) the resource's key.</param>
public sealed record IngestColumn(string Name, ItemDataType Type, bool IsKey)
{
    /// <summary>The hidden column holding each row's 1-based position in its version, for stable keyset paging.</summary>
    public const string RowId = "_zy_row";

    /// <summary>The DuckDB type a value of <paramref name="type"/> is stored as.</summary>
    public static string DuckDbType(ItemDataType type) => type switch
    {
        ItemDataType.Text => "VARCHAR",
        ItemDataType.Integer => "BIGINT",
        ItemDataType.Decimal => "DECIMAL(38,10)",
        ItemDataType.Date => "DATE",
        ItemDataType.Timestamp => "TIMESTAMP",
        ItemDataType.Boolean => "BOOLEAN",
        ItemDataType.Binary => "BLOB",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown item type."),
    };

    /// <summary>Quotes an identifier for DuckDB SQL (names are user text: never splice them unquoted).</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
