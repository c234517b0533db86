namespace Zhongyuan.OpenData;

/// <summary>
/// The open-data themes of <see cref="Catalog.OpenDataThemes"/> with the ASCII names CKAN groups need and the EU
/// data themes DCAT-AP expects. A theme not listed here (none today) gets a slug from its code points.
/// </summary>
public static class OpenThemes
{
    /// <summary>The themes, in the catalog's display order.</summary>
    public static IReadOnlyList<OpenTheme> All { get; } =
    [
        new("经济建设", "economy", "Economic development", "ECON"),
        new("信用服务", "credit", "Credit services", "ECON"),
        new("财税金融", "finance-tax", "Finance and taxation", "ECON"),
        new("交通出行", "transport", "Transport", "TRAN"),
        new("教育科技", "education-science", "Education and science", "EDUC"),
        new("文化休闲", "culture-leisure", "Culture and leisure", "EDUC"),
        new("医疗卫生", "health", "Health", "HEAL"),
        new("社保就业", "social-security-employment", "Social security and employment", "SOCI"),
        new("公共安全", "public-safety", "Public safety", "JUST"),
        new("城建住房", "urban-housing", "Urban construction and housing", "REGI"),
        new("资源能源", "resources-energy", "Resources and energy", "ENER"),
        new("生态环境", "environment", "Environment", "ENVI"),
        new("农业农村", "agriculture", "Agriculture and rural affairs", "AGRI"),
        new("市场监管", "market-regulation", "Market regulation", "ECON"),
        new("社会救助", "social-assistance", "Social assistance", "SOCI"),
        new("法律服务", "legal-services", "Legal services", "JUST"),
        new("生活服务", "daily-life", "Daily life services", "SOCI"),
        new("气象服务", "weather", "Weather", "ENVI"),
        new("地理空间", "geospatial", "Geospatial", "REGI"),
        new("机构团体", "organisations", "Organisations", "GOVE"),
    ];

    private static readonly Dictionary<string, OpenTheme> ByZh = All.ToDictionary(t => t.Zh, StringComparer.Ordinal);
    private static readonly Dictionary<string, OpenTheme> BySlug = All.ToDictionary(t => t.Slug, StringComparer.Ordinal);

    /// <summary>The theme named <paramref name="zh"/> in the catalog; an unknown one gets a code-point slug, its own name as title and the EU theme OP_DATPRO (provisional data).</summary>
    public static OpenTheme Of(string zh) =>
        ByZh.TryGetValue(zh, out var theme) ? theme
            : new OpenTheme(zh, "theme-" + string.Concat(zh.EnumerateRunes().Select(r => r.Value.ToString("x", System.Globalization.CultureInfo.InvariantCulture))), zh, "OP_DATPRO");

    /// <summary>Finds a theme by its slug or its Chinese name; null when neither.</summary>
    public static OpenTheme? Find(string slugOrName) =>
        BySlug.TryGetValue(slugOrName, out var theme) || ByZh.TryGetValue(slugOrName, out theme) ? theme : null;
}
