using static Zhongyuan.Catalog.UpdateCycle;
using static Zhongyuan.Demo.DemoHints;

namespace Zhongyuan.Demo;

// Pure data table: the city big-data bureaus and the city-level resources they publish. A city takes a
// seeded subset of the templates as its own; the rest become variants.
internal static partial class DemoCatalog
{
    private const int CityOwnCount = 5;

    /// <summary>Prefecture cities with a demo big-data bureau, by GB/T 2260 code.</summary>
    private static readonly (string Name, string Code)[] Cities =
    [
        ("郑州市", "410100"), ("开封市", "410200"), ("洛阳市", "410300"),
        ("新乡市", "410700"), ("许昌市", "411000"), ("南阳市", "411300"),
    ];

    /// <summary>The shared table of the city bureaus; <c>{city}</c> in an abstract is the city name.</summary>
    private static readonly DemoProvider CityBureau = new("市大数据管理局", "城市数据", "仅用于本市政务服务和城市运行管理", "生活服务",
    [
        new("公交线路信息", "{city}城市公交线路名称、起止站点、线路长度、首末班时段和票价。",
            "308005000", "线路编号 线路名称 起点站名称 终点站名称 线路长度 首末班时段 票价", Monthly, "公交 出行", Open),
        new("公交站点信息", "{city}公交站点名称、位置、所在道路和途经线路。",
            "308006000", "站点编号 站点名称 经度 纬度 途经线路 所在道路", Monthly, "公交站点 出行", Open),
        new("公共停车场信息", "{city}公共停车场名称、位置、泊位数量、收费标准和开放时段。",
            "209004000", "停车场编号 停车场名称 停车场地址 经度 纬度 泊位数量 收费标准 开放时段", Daily, "停车 城市管理", Open),
        new("12345热线工单信息", "{city}12345政务服务便民热线受理的市民诉求工单及办理情况。",
            "210002000", "工单编号 来电时间 来电人姓名 手机号码 诉求类型 诉求内容 承办单位名称 办结情况", RealTime, "12345热线 市民诉求"),
        new("政务服务网点信息", "{city}政务服务中心及街道、社区便民服务站名称、地址和办公时段。",
            "201006000", "网点编号 网点名称 网点类型 网点地址 经度 纬度 办公时段 咨询电话", Monthly, "政务服务 便民服务", Open),
        new("城市道路信息", "{city}建成区城市道路名称、等级、起止点、长度和宽度。",
            "209005000", "道路编号 道路名称 道路等级 起点 终点 道路长度 道路宽度", Yearly, "城市道路 市政设施", Open),
        new("公共厕所位置信息", "{city}城市公共厕所名称、位置、开放时段和无障碍设施情况。",
            "210003000", "公厕编号 公厕名称 公厕地址 经度 纬度 开放时段 是否有无障碍设施", Quarterly, "公厕 市容环卫", Open),
        new("社区网格信息", "{city}城乡社区网格划分、网格员配置和服务人口。",
            "210004000", "网格编码 网格名称 所属社区名称 网格员姓名 网格员联系电话 服务户数 服务人口", Monthly, "网格化 社区治理"),
        new("城市供水水质信息", "{city}公共供水厂出厂水水质检测结果。",
            "211007000", "水厂编号* 检测日期* 水厂名称 浑浊度 余氯含量 菌落总数 是否合格", Monthly, "供水 水质", Open),
        new("共享单车规范停放区信息", "{city}互联网租赁自行车规范停放区位置和可停放数量。",
            "308007000", "停放区编号 停放区名称 所在道路 经度 纬度 可停放数量", Monthly, "共享单车 慢行交通", Open),
        new("最低生活保障标准", "{city}城乡居民最低生活保障标准和特困人员基本生活标准。",
            "203009000", "行政区划代码* 执行日期* 城市低保月标准金额 农村低保年标准金额 特困人员基本生活标准金额", Yearly, "低保标准 社会救助", Spreadsheet | Open),
        new("新建商品住房网签备案统计", "{city}新建商品住房网签备案套数、面积和成交均价统计。",
            "209006000", "统计月份* 行政区划代码* 网签套数 网签面积 成交均价", Monthly, "房地产 网签", Spreadsheet),
        new("数字化城市管理案件信息", "{city}数字化城市管理受理的市容环境、市政设施等案件及处置结果。",
            "209007000", "案件编号 案件类别 发现时间 案件地址 经度 纬度 处置单位名称 结案时间 案件照片", RealTime, "数字城管 城市管理"),
    ]);
}
