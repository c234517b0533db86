namespace Zhongyuan.OpenData;

/// <summary>What the open-data APIs tell about a resource's current dataset version.</summary>
/// <param name="Code">The resource code.</param>
/// <param name="Version">The current version number.</param>
/// <param name="RowCount">Rows in it.</param>
/// <param name="Bytes">Size of its Parquet file (not of a CSV export).</param>
/// <param name="LoadedAt">When it became current.</param>
public sealed record CurrentData(string Code, int Version, long RowCount, long Bytes, DateTimeOffset LoadedAt);
