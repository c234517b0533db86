using System.Collections.Frozen;
using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>
/// The items (项) under each class of the 2017 编制指南. Basic and thematic items are the national ones;
/// departmental items are this platform's sector list, since the national list names State Council
/// ministries that a province does not have (see docs/catalog.md).
/// </summary>
public static class ClassificationScheme
{
    private static readonly FrozenDictionary<ClassKind, IReadOnlyList<(string Code, LocalizedText Name)>> Items =
        new Dictionary<ClassKind, IReadOnlyList<(string, LocalizedText)>>
        {
            [ClassKind.Basic] = Numbered(
                ("人口", "Population"), ("法人单位", "Legal entities"), ("自然资源和空间地理", "Natural resources and geography"),
                ("社会信用", "Social credit"), ("电子证照", "Electronic licences")),
            [ClassKind.Thematic] = Numbered(
                ("公共服务", "Public services"), ("健康保障", "Health"), ("社会保障", "Social security"),
                ("食品药品安全", "Food and drug safety"), ("安全生产", "Work safety"), ("价格监管", "Price supervision"),
                ("能源安全", "Energy security"), ("信用体系", "Credit system"), ("城乡建设", "Urban and rural construction"),
                ("社区治理", "Community governance"), ("生态环保", "Ecology and environment"), ("应急维稳", "Emergency and stability")),
            [ClassKind.Departmental] = Numbered(
                ("综合政务", "General affairs"), ("经济发展", "Economy"), ("社会民生", "Livelihood"),
                ("城乡建设", "Construction"), ("资源环境", "Resources and environment"), ("公共安全", "Public security"),
                ("市场监管", "Market regulation"), ("交通运输", "Transport"), ("农业农村", "Agriculture"),
                ("教育科技", "Education and science"), ("文化旅游", "Culture and tourism"), ("财政金融", "Finance")),
        }.ToFrozenDictionary();

    /// <summary>The items of a class with their two-digit codes.</summary>
    public static IReadOnlyList<(string Code, LocalizedText Name)> ItemsOf(ClassKind kind) => Items[kind];

    /// <summary>The name of an item, or null when the class has no such item.</summary>
    public static LocalizedText? ItemName(ClassKind kind, string itemCode)
    {
        foreach (var (code, name) in Items[kind])
        {
            if (string.Equals(code, itemCode, StringComparison.Ordinal))
            {
                return name;
            }
        }
        return null;
    }

    private static List<(string, LocalizedText)> Numbered(params (string Zh, string En)[] names) =>
        [.. names.Select((n, i) => ((i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture), new LocalizedText(n.Zh, n.En)))];
}
