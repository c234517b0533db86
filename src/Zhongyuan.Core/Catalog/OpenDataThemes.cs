namespace Zhongyuan.Catalog;

/// <summary>The open-data themes (开放主题) the portal groups resources by, as on Chinese open-data portals.</summary>
public static class OpenDataThemes
{
    /// <summary>All themes, in display order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "经济建设", "信用服务", "财税金融", "交通出行", "教育科技", "文化休闲", "医疗卫生", "社保就业",
        "公共安全", "城建住房", "资源能源", "生态环境", "农业农村", "市场监管", "社会救助", "法律服务",
        "生活服务", "气象服务", "地理空间", "机构团体",
    ];

    /// <summary>Whether a theme is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string theme) => All.Contains(theme, StringComparer.Ordinal);
}
