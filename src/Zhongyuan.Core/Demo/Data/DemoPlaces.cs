using Zhongyuan.Regions;

namespace Zhongyuan.Demo.Data;

/// <summary>
/// The counties of Henan from <see cref="RegionCatalog.Henan"/>, weighted by their city's resident population
/// (2023, in ten thousands) shared equally among the city's counties, and the parts addresses are made of.
/// </summary>
internal static class DemoPlaces
{
    /// <summary>Resident population per city in ten thousands, and the letter of its vehicle plates (豫A for 郑州).</summary>
    private static readonly Dictionary<string, (double Population, char Plate)> _cityFacts = new(StringComparer.Ordinal)
    {
        ["410100"] = (1300, 'A'), ["410200"] = (470, 'B'), ["410300"] = (708, 'C'), ["410400"] = (490, 'D'),
        ["410500"] = (540, 'E'), ["410600"] = (157, 'F'), ["410700"] = (617, 'G'), ["410800"] = (352, 'H'),
        ["410900"] = (373, 'J'), ["411000"] = (438, 'K'), ["411100"] = (236, 'L'), ["411200"] = (202, 'M'),
        ["411300"] = (962, 'R'), ["411400"] = (769, 'N'), ["411500"] = (612, 'S'), ["411600"] = (883, 'P'),
        ["411700"] = (692, 'Q'), ["419001"] = (73, 'U'),
    };

    public static readonly string[] Towns =
    [
        "城关", "朱仙", "古城", "新店", "王庄", "李营", "张集", "刘店", "双桥", "杨湖", "北关", "南关", "东风", "孙庄", "马庄",
        "高庄", "石桥", "柳林", "白沙", "龙湖", "金山", "青龙", "黄庄", "韩庄", "大营", "八里", "十里铺", "三官庙", "官渡", "红旗",
        "回郭", "庙李", "铁炉", "槐树", "杏花", "桑园", "曹集", "丁集", "魏庄", "洪河",
    ];

    public static readonly string[] Roads =
    [
        "文化路", "花园路", "建设路", "人民路", "中州大道", "解放路", "和平路", "工人路", "胜利街", "农业路", "纬五路", "经三路",
        "黄河路", "金水路", "嵩山路", "大学路", "长江路", "淮河路", "紫荆山路", "航海路", "友爱路", "商都路", "东风路", "北环路",
        "南阳路", "伏牛路", "桐柏路", "未来路", "红旗路", "新华路",
    ];

    public static readonly string[] VillageSuffixes = ["庄村", "营村", "寨村", "楼村", "集村", "岗村", "湾村", "店村"];

    /// <summary>The cities by code order, with their plate letters.</summary>
    public static IReadOnlyList<(Region City, char Plate)> Cities { get; } =
        [.. RegionCatalog.Henan.Cities.Select(c => (c, _cityFacts[c.Code].Plate))];

    /// <summary>Every county-level division; 济源 has none below it and stands for itself.</summary>
    public static readonly DemoCounty[] Counties = BuildCounties();

    /// <summary>Draws a county by population.</summary>
    public static WeightedTable CountyTable { get; } = new(Weights(), 16384);

    private static DemoCounty[] BuildCounties()
    {
        var counties = new List<DemoCounty>();
        for (var i = 0; i < Cities.Count; i++)
        {
            var city = Cities[i].City;
            var children = RegionCatalog.Henan.Children(city.Code);
            foreach (var county in children.Count > 0 ? children : [city])
            {
                var name = county == city ? "" : county.Name;
                counties.Add(new DemoCounty(county.Code, name, city.Name, city.Code, i, "河南省" + city.Name + name,
                    county.Name.EndsWith('区')));
            }
        }
        return [.. counties];
    }

    private static double[] Weights() =>
        [.. Counties.Select(c => _cityFacts[c.CityCode].Population / Counties.Count(o => o.CityCode == c.CityCode))];

    /// <summary>Appends the address below the county: 街道 and road for a district, 乡镇 and village otherwise.</summary>
    public static void AppendLocal(CsvRowWriter csv, DemoCounty county, int town, int place, int number)
    {
        csv.Append(Towns[town]);
        if (county.IsUrban)
        {
            csv.Append("街道");
            csv.Append(Roads[place % Roads.Length]);
        }
        else
        {
            csv.Append(town % 5 == 0 ? "乡" : "镇");
            csv.Append(DemoNames.Surnames[place % 40]);
            csv.Append(VillageSuffixes[place % VillageSuffixes.Length]);
        }
        csv.AppendNumber(number);
        csv.Append('号');
    }
}
