using Zhongyuan.Localization;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>The conversion errors of import files, shared by the JSON and the workbook formats.</summary>
internal static class ExchangeErrors
{
    public const string InvalidValueCode = "invalid_value";

    public static FieldError Required(string field, string name) =>
        FieldError.Of(field, "required", $"{name}不能为空", $"{field} is required");

    public static FieldError NumberWithUnit(string field) =>
        FieldError.Of(field, WholeNumberConverter.WithUnitError, "数字请不要带单位，例如“18位”应填写为“18”",
            "Enter numbers without a unit: write \"18\", not \"18位\"");

    public static FieldError NotANumber(string field, string name, string? value) =>
        FieldError.Of(field, WholeNumberConverter.NotANumberError, $"{name}应填写整数，“{value}”不是整数",
            $"{field} must be a whole number, \"{value}\" is not");

    public static FieldError InvalidValue(string field, string name, string? value, IEnumerable<string> zhAllowed, IEnumerable<string> enAllowed) =>
        FieldError.Of(field, InvalidValueCode, $"{name}的值“{value}”无效，可选值：{string.Join('、', zhAllowed)}",
            $"\"{value}\" is not a valid {field}; allowed: {string.Join(", ", enAllowed)}");

    public static FieldError InvalidValue<T>(string field, string name, string? value) where T : struct, Enum =>
        InvalidValue(field, name, value, Labels.All<T>().Select(p => p.Label.Zh), Labels.All<T>().Select(p => p.Label.En));

    public static FieldError InvalidType(string field) =>
        FieldError.Of(field, "invalid_type", $"{field}的值类型不正确", $"{field} has the wrong type");

    public static FieldError ClassificationFormat(string field) =>
        FieldError.Of(field, "classification_format", "信息资源分类代码应为9位数字：类(1位)+项(2位)+目(3位)+细目(3位)",
            "The classification code must be 9 digits: class (1), item (2), category (3), sub-category (3)");

    public static FieldError CodeFormat(string field, string code) =>
        FieldError.Of(field, "code_format", $"资源代码“{code}”格式不正确，应为9位分类代码-6位顺序号，如101001000-000001",
            $"The resource code \"{code}\" must be a 9-digit classification, a dash and a 6-digit sequence, e.g. 101001000-000001");

    public static FieldError ProviderRequired() =>
        FieldError.Of("provider", "required", "请填写信息资源提供方或提供方代码", "Give the providing department's name or credit code");

    public static FieldError NotJson(string detail) =>
        FieldError.Of("", "file_invalid", $"文件不是有效的JSON：{detail}", $"The file is not valid JSON: {detail}");

    public static FieldError NotCatalogJson() =>
        FieldError.Of("", "file_invalid", "文件应为信息资源数组，或包含resources数组的对象",
            "The file must be an array of resources or an object with a \"resources\" array");

    public static FieldError FormatUnknown(string? format) =>
        FieldError.Of("format", "format_unknown", $"不支持的文件格式“{format}”，应为“{CatalogJsonFile.FormatName}”",
            $"Unknown file format \"{format}\", expected \"{CatalogJsonFile.FormatName}\"");

    public static FieldError VersionUnsupported(int version) =>
        FieldError.Of("version", "version_unsupported", $"不支持的文件版本{version}，本系统支持版本{CatalogJsonFile.FormatVersion}",
            $"File version {version} is not supported; this platform reads version {CatalogJsonFile.FormatVersion}");

    public static FieldError EntryNotObject() =>
        FieldError.Of("", "entry_invalid", "每个信息资源应为一个JSON对象", "Each resource must be a JSON object");

    public static FieldError NotWorkbook() =>
        FieldError.Of("", "file_invalid", "文件不是有效的Excel工作簿（.xlsx）", "The file is not a valid Excel workbook (.xlsx)");

    public static FieldError SheetMissing(string sheet) =>
        FieldError.Of("", "sheet_missing", $"工作簿中缺少工作表“{sheet}”", $"The workbook has no sheet named \"{sheet}\"");

    public static FieldError ColumnMissing(string sheet, string column) =>
        FieldError.Of("", "column_missing", $"工作表“{sheet}”缺少列“{column}”", $"The sheet \"{sheet}\" has no column \"{column}\"");

    public static FieldError ItemUnlinked(int row, string? link) =>
        FieldError.Of("items", "item_resource_unknown",
            $"信息项表第{row}行：找不到资源代码或名称为“{link}”的信息资源",
            $"Item sheet row {row}: no resource has the code or name \"{link}\"");

    public static FieldError ItemAmbiguous(int row, string link) =>
        FieldError.Of("items", "item_resource_ambiguous",
            $"信息项表第{row}行：有多个信息资源名为“{link}”，请填写资源代码",
            $"Item sheet row {row}: several resources are named \"{link}\"; give the resource code");

    /// <summary>Points an item's error at its spreadsheet row, since its field path counts items, not rows.</summary>
    public static FieldError AtItemRow(FieldError error, int row) => error with
    {
        Message = new LocalizedText($"信息项表第{row}行：{error.Message.Zh}", $"Item sheet row {row}: {error.Message.En}"),
    };
}
