namespace Zhongyuan.Ingest.Query;

/// <summary>A value as text (see <see cref="ColumnProfile"/>) and how many rows hold it.</summary>
public sealed record ValueCount(string Value, long Count);
