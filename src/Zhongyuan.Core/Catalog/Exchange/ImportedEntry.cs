namespace Zhongyuan.Catalog.Exchange;

/// <summary>
/// One catalog entry read from an import file, before it is checked against the catalog rules and saved.
/// An entry is either fully read (<see cref="Metadata"/> set, no <see cref="Errors"/>) or not: as soon as
/// one cell could not be converted, <see cref="Metadata"/> is null, so that no default value can be saved
/// in place of what the department wrote.
/// </summary>
/// <param name="Row">
/// Where the entry is in the file: the 1-based entry number in a JSON file, the spreadsheet row of the
/// resource in a workbook; 0 for problems of the whole file or of rows that belong to no entry.
/// </param>
/// <param name="Provider">The providing department as written in the file: its credit code when given, else its full name; empty when missing.</param>
/// <param name="Code">The code of an existing resource when the file names one: the entry then updates that resource.</param>
/// <param name="Metadata">The entry's catalog fields; null when any of them could not be read.</param>
/// <param name="Errors">Conversion errors (unknown labels, numbers with units, missing columns…); field names as in the API, e.g. <c>items[2].length</c>.</param>
public sealed record ImportedEntry(int Row, string Provider, string? Code, ResourceMetadata? Metadata, IReadOnlyList<FieldError> Errors)
{
    /// <summary>An entry for a problem of the whole file (row 0).</summary>
    internal static ImportedEntry ForFile(IEnumerable<FieldError> errors) => new(0, "", null, null, [.. errors]);

    /// <summary>An entry whose metadata is kept only when nothing went wrong.</summary>
    internal static ImportedEntry Create(int row, string provider, string? code, ResourceMetadata? metadata, IReadOnlyList<FieldError> errors) =>
        new(row, provider, code, errors.Count == 0 ? metadata : null, errors);
}
