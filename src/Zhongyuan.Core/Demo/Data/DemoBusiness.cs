namespace Zhongyuan.Demo.Data;

// Pure data: the parts enterprise names and business scopes are made of.
internal static class DemoBusiness
{
    /// <summary>Characters of trade names (字号), two of them per name.</summary>
    public const string TradeCharacters =
        "鑫源华泰恒达兴盛宏远瑞丰金安康诚信德嘉和佳通博晟昌豫中原天地百汇捷新宇创龙凯腾顺祥益升茂隆富旺海辰星光明聚合亿万永利宝润泽美蓝云峰林森众志同方正科";

    /// <summary>Industries: the word in the name and the business scope (经营范围).</summary>
    public static readonly (string Word, string Scope)[] Industries =
    [
        ("商贸", "销售：日用百货、五金交电、建筑材料；货物进出口；技术进出口"),
        ("科技", "技术开发、技术咨询、技术服务；软件开发；信息系统集成服务"),
        ("建筑工程", "房屋建筑工程、市政公用工程施工；建筑劳务分包；建筑材料销售"),
        ("餐饮管理", "餐饮服务；餐饮管理；食品销售"),
        ("物流", "普通货物道路运输；仓储服务（不含危险化学品）；装卸搬运"),
        ("农业科技", "农作物种植；农业技术推广服务；农产品初加工"),
        ("机械设备", "通用设备制造；机械设备销售、租赁及维修"),
        ("食品", "食品生产；食品销售；农副产品收购"),
        ("医药", "药品零售；医疗器械销售；保健食品销售"),
        ("文化传媒", "组织文化艺术交流活动；广告设计、制作、代理、发布；会议及展览服务"),
        ("房地产开发", "房地产开发经营；物业管理；房屋租赁"),
        ("教育咨询", "教育咨询服务（不含涉许可审批的教育培训活动）；文化用品销售"),
        ("环保科技", "环保技术开发；污水处理及其再生利用；固体废物治理"),
        ("新能源", "太阳能发电技术服务；储能技术服务；新能源汽车充电桩销售"),
        ("电子商务", "互联网销售（除销售需要许可的商品）；供应链管理服务"),
    ];

    /// <summary>企业类型 by organization type 1 (企业), with weights.</summary>
    public static readonly string[] CompanyKinds =
        ["有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "股份有限公司(非上市、自然人投资或控股)", "个人独资企业", "普通合伙企业"];

    public static readonly double[] CompanyKindWeights = [60, 25, 4, 7, 4];

    /// <summary>注册资本 in ten thousand yuan, with weights.</summary>
    public static readonly int[] Capitals = [3, 10, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000, 10000];

    public static readonly double[] CapitalWeights = [3, 12, 10, 16, 22, 10, 7, 8, 6, 3, 2, 1];

    public static readonly string[] States = ["存续（在营、开业、在册）", "注销", "吊销，未注销", "迁出"];

    public static readonly double[] StateWeights = [85, 10, 4, 1];
}
