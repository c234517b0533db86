namespace Zhongyuan.Catalog.Exchange;

/// <summary>A row of an import that was not saved.</summary>
/// <param name="Row">The entry's row (or position) in the file; 0 for the file as a whole.</param>
/// <param name="Errors">Every reason.</param>
public sealed record RejectedRow(int Row, IReadOnlyList<FieldError> Errors);
