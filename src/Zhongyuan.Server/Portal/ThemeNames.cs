using System.Collections.Frozen;

namespace Zhongyuan.Server.Portal;

/// <summary>English names of the open-data themes (<see cref="Catalog.OpenDataThemes"/>), which the catalog keeps in Chinese.</summary>
internal static class ThemeNames
{
    private static readonly FrozenDictionary<string, string> English = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["经济建设"] = "Economy", ["信用服务"] = "Credit", ["财税金融"] = "Finance and tax", ["交通出行"] = "Transport",
        ["教育科技"] = "Education and science", ["文化休闲"] = "Culture and leisure", ["医疗卫生"] = "Health", ["社保就业"] = "Social security and jobs",
        ["公共安全"] = "Public safety", ["城建住房"] = "Urban development and housing", ["资源能源"] = "Resources and energy",
        ["生态环境"] = "Environment", ["农业农村"] = "Agriculture and rural affairs", ["市场监管"] = "Market regulation",
        ["社会救助"] = "Social assistance", ["法律服务"] = "Legal services", ["生活服务"] = "Daily life", ["气象服务"] = "Weather",
        ["地理空间"] = "Geospatial", ["机构团体"] = "Organisations",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The theme's name in the page language; an unknown theme as it is.</summary>
    public static string Of(string theme, bool english) => english ? English.GetValueOrDefault(theme, theme) : theme;
}
