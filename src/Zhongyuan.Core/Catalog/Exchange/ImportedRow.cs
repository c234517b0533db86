namespace Zhongyuan.Catalog.Exchange;

/// <summary>A saved row of an import.</summary>
/// <param name="Row">The entry's row (or position) in the file.</param>
/// <param name="Code">The resource code.</param>
public sealed record ImportedRow(int Row, string Code);
