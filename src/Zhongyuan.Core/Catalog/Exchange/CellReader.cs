using Zhongyuan.Localization;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>
/// Converts the cells of one row, adding an error for each cell that cannot be read and returning a
/// placeholder (null or empty) so the rest of the row is still checked.
/// </summary>
/// <param name="row">The row.</param>
/// <param name="errors">Where errors go.</param>
/// <param name="fieldPrefix">Prefix of the field names, e.g. <c>items[2].</c>.</param>
/// <param name="itemRow">For an item row, its spreadsheet row, named in every message.</param>
internal sealed class CellReader(SheetRow row, List<FieldError> errors, string fieldPrefix = "", int? itemRow = null)
{
    private static readonly string[] Yes = ["是", "y", "yes", "true", "1", "√"];
    private static readonly string[] No = ["否", "n", "no", "false", "0", "×"];

    public string? Text(string header) => row.Text(header);

    public string Required(string header)
    {
        var text = Text(header);
        if (text is null)
        {
            Add(ExchangeErrors.Required(Field(header), header));
        }
        return text ?? "";
    }

    public T? Enum<T>(string header, bool required = true) where T : struct, Enum
    {
        var text = Text(header);
        if (text is null)
        {
            if (required)
            {
                Add(ExchangeErrors.Required(Field(header), header));
            }
            return null;
        }
        return Parse<T>(header, text);
    }

    public IReadOnlyList<T> EnumList<T>(string header) where T : struct, Enum
    {
        var values = CellText.Split(Text(header));
        if (values.Count == 0)
        {
            Add(ExchangeErrors.Required(Field(header), header));
        }
        return [.. values.Select(v => Parse<T>(header, v)).OfType<T>()];
    }

    public IReadOnlyList<string> List(string header) => CellText.Split(Text(header));

    public int? Number(string header)
    {
        var text = Text(header);
        switch (NumberText.TryRead(text, out var value))
        {
            case NumberText.Outcome.Number:
                return value;
            case NumberText.Outcome.Empty:
                return null;
            // A number cell (18.5) or a number too large for an int is not a number with a unit.
            case NumberText.Outcome.NumberWithUnit when row.Cells.GetValueOrDefault(header) is not double && !text!.All(char.IsAsciiDigit):
                Add(ExchangeErrors.NumberWithUnit(Field(header)));
                return null;
            default:
                Add(ExchangeErrors.NotANumber(Field(header), header, text));
                return null;
        }
    }

    public bool Flag(string header)
    {
        var text = Text(header);
        if (text is null || No.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }
        if (Yes.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        Add(ExchangeErrors.InvalidValue(Field(header), header, text, ["是", "否"], ["yes", "no"]));
        return false;
    }

    /// <summary>The nine-digit classification code, also from <c>1-01-001</c> or <c>101001</c>.</summary>
    public string Classification(string header)
    {
        var text = Required(header);
        if (text.Length == 0)
        {
            return text;
        }
        if (Catalog.Classification.TryParse(text, out var classification))
        {
            return classification.Code;
        }
        Add(ExchangeErrors.ClassificationFormat(Field(header)));
        return text;
    }

    public void Add(FieldError error) => errors.Add(itemRow is { } r ? ExchangeErrors.AtItemRow(error, r) : error);

    private T? Parse<T>(string header, string text) where T : struct, Enum
    {
        if (Labels.TryParse<T>(text, out var value))
        {
            return value;
        }
        Add(ExchangeErrors.InvalidValue<T>(Field(header), header, text));
        return null;
    }

    private string Field(string header) => fieldPrefix + WorkbookLayout.FieldOf(header);
}
