using System.Collections.Frozen;

namespace Zhongyuan.Demo;

// Pure data table: the open-data theme each classification item suggests; items that span several
// themes (人口, 法人单位, 电子证照, 社会保障 …) are left to the provider's theme.
internal static partial class DemoCatalog
{
    private static readonly FrozenDictionary<string, string> ThemeOfClassItem = new Dictionary<string, string>
    {
        ["103"] = "地理空间", ["104"] = "信用服务",
        ["201"] = "生活服务", ["202"] = "医疗卫生", ["204"] = "市场监管", ["205"] = "公共安全", ["206"] = "市场监管",
        ["207"] = "资源能源", ["208"] = "信用服务", ["209"] = "城建住房", ["210"] = "生活服务", ["211"] = "生态环境",
        ["212"] = "公共安全",
        ["302"] = "经济建设", ["304"] = "城建住房", ["305"] = "资源能源", ["306"] = "公共安全", ["307"] = "市场监管",
        ["308"] = "交通出行", ["309"] = "农业农村", ["310"] = "教育科技", ["311"] = "文化休闲", ["312"] = "财税金融",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
