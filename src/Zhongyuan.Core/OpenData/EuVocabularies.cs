using Zhongyuan.Catalog;

namespace Zhongyuan.OpenData;

/// <summary>The EU controlled vocabularies DCAT-AP 3 asks for, as IRIs.</summary>
public static class EuVocabularies
{
    /// <summary>The base of the EU authority tables.</summary>
    public const string Authority = "http://publications.europa.eu/resource/authority/";

    /// <summary>The frequency (<c>dct:accrualPeriodicity</c>) of an update cycle.</summary>
    public static string Frequency(UpdateCycle cycle) => Authority + "frequency/" + cycle switch
    {
        UpdateCycle.RealTime => "UPDATE_CONT",
        UpdateCycle.Daily => "DAILY",
        UpdateCycle.Weekly => "WEEKLY",
        UpdateCycle.Monthly => "MONTHLY",
        UpdateCycle.Quarterly => "QUARTERLY",
        UpdateCycle.HalfYearly => "ANNUAL_2",
        UpdateCycle.Yearly => "ANNUAL",
        _ => "IRREG",
    };

    /// <summary>The access right (<c>dct:accessRights</c>) of an open type: PUBLIC, RESTRICTED or NON_PUBLIC.</summary>
    public static string AccessRights(OpenType open) => Authority + "access-right/" + open switch
    {
        OpenType.Unconditional => "PUBLIC",
        OpenType.Conditional => "RESTRICTED",
        _ => "NON_PUBLIC",
    };

    /// <summary>A data theme IRI from its code (e.g. <c>ECON</c>).</summary>
    public static string DataTheme(string code) => Authority + "data-theme/" + code;

    /// <summary>The file type IRI of CSV.</summary>
    public static string CsvFileType => Authority + "file-type/CSV";

    /// <summary>The IANA media type IRI of CSV.</summary>
    public const string CsvMediaType = "http://www.iana.org/assignments/media-types/text/csv";
}
