using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Query;

/// <summary>A column of a rows page.</summary>
/// <param name="Name">The column (information item) name.</param>
/// <param name="Type">The item type; values arrive as string, long, decimal, DateOnly, DateTime, bool or byte[].</param>
/// <param name="IsKey">Whether the column is (part of) the resource's key.</param>
public sealed record ColumnMeta(string Name, ItemDataType Type, bool IsKey);
