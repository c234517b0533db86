namespace Zhongyuan.Catalog.Exchange;

/// <summary>A column of the import workbook.</summary>
/// <param name="Header">The Chinese header users see.</param>
/// <param name="Field">The field it fills, named as in <see cref="FieldError.Field"/>.</param>
/// <param name="MustExist">Whether an import is refused when the sheet lacks the column.</param>
/// <param name="Rule">How to fill it in, for the instructions sheet.</param>
/// <param name="Allowed">The allowed values, empty when free.</param>
internal sealed record WorkbookColumn(string Header, string Field, bool MustExist, string Rule, IReadOnlyList<string> Allowed);
