namespace Zhongyuan.Demo.Data;

// Pure data: one row per generated file. Items are copied from the demo catalog entries (DemoCatalog.*.cs) in
// their order; a test checks they still match. Extras carry the person links the entries lack.
internal static class DemoDataFiles
{
    private const string Unix = "\n";
    private const string Windows = "\r\n";

    public static readonly DemoDataFile Persons = new("人口基本信息", "河南省公安厅", "persons.csv", "utf-8", Unix, DateStyle.Iso,
        Split("公民身份号码 姓名 性别 民族 出生日期 户籍地址 婚姻状况 文化程度 登记日期"), []);

    public static readonly DemoDataFile Enterprises = new("企业登记注册信息", "河南省市场监督管理局", "enterprises.csv", "utf-8-bom", Windows,
        DateStyle.Iso, Split("统一社会信用代码 企业名称 企业类型 法定代表人姓名 注册资本 成立日期 经营范围 住所 登记机关 登记状态"),
        ["法定代表人公民身份号码"]);

    public static readonly DemoDataFile Vehicles = new("机动车登记信息", "河南省公安厅", "vehicles.csv", "utf-8", Unix, DateStyle.Slash,
        Split("号牌号码 号牌种类 车辆类型 车辆品牌 使用性质 车身颜色 注册登记日期 机动车状态"), ["机动车所有人", "所有人公民身份号码"]);

    public static readonly DemoDataFile SocialInsurance = new("社会保险参保信息", "河南省人力资源和社会保障厅", "social-insurance.csv", "utf-8",
        Unix, DateStyle.Compact, Split("社会保障号码 姓名 参保单位名称 险种类型 参保状态 参保日期 缴费基数 累计缴费月数"), []);

    public static readonly DemoDataFile PovertyRelief = new("最低生活保障对象信息", "河南省民政厅", "poverty-relief.csv", "gb18030", Windows,
        DateStyle.Chinese, Split("公民身份号码 姓名 户籍地址 保障类别 家庭人均月收入 保障人口数 月保障金额 认定日期 银行卡号"), []);

    public static readonly DemoDataFile Property = new("不动产登记信息", "河南省自然资源厅", "property.csv", "gb18030", Windows, DateStyle.Iso,
        Split("不动产单元号 不动产权证书号 权利人名称 公民身份号码 坐落 用途 面积 登记类型 登记日期"), []);

    public static readonly DemoDataFile Marriage = new("婚姻登记信息", "河南省民政厅", "marriage.csv", "utf-8-bom", Unix, DateStyle.Dot,
        Split("婚姻登记证字号 男方姓名 男方公民身份号码 女方姓名 女方公民身份号码 登记类型 登记日期 登记机关"), []);

    public static readonly DemoDataFile Hotline = new("12345政务服务便民热线工单信息", "河南省大数据管理局", "hotline.csv", "utf-8", Unix,
        DateStyle.Iso, Split("工单编号 来电时间 来电人姓名 手机号码 诉求类型 诉求内容 承办单位名称 办结情况 满意度评价"), []);

    public static readonly DemoDataFile Gdp = new("地区生产总值", "河南省统计局", "gdp.csv", "utf-8-bom", Windows, DateStyle.Iso,
        Split("行政区划代码 统计期 地区生产总值 第一产业增加值 第二产业增加值 第三产业增加值 同比增速"), []);

    public static readonly DemoDataFile AirQuality = new("空气质量监测数据", "河南省生态环境厅", "air-quality.csv", "utf-8", Unix, DateStyle.Iso,
        Split("监测站点编码 监测时间 站点名称 PM2.5浓度 PM10浓度 二氧化硫浓度 二氧化氮浓度 臭氧浓度 一氧化碳浓度 空气质量指数 首要污染物"), []);

    /// <summary>Every file, in the order they are generated.</summary>
    public static readonly DemoDataFile[] All =
        [Persons, Enterprises, Vehicles, SocialInsurance, PovertyRelief, Property, Marriage, Hotline, Gdp, AirQuality];

    private static string[] Split(string items) => items.Split(' ');
}
