using Zhongyuan.Catalog;

namespace Zhongyuan.Tests.Search;

/// <summary>A handful of realistic catalog entries of Henan provincial departments.</summary>
internal static class SampleResources
{
    public static readonly ProviderRef PublicSecurity = new(1, "河南省公安厅", "11410000005184372X", "410000");
    public static readonly ProviderRef MarketRegulation = new(2, "河南省市场监督管理局", "11410000MB1955230X", "410000");
    public static readonly ProviderRef Ecology = new(3, "河南省生态环境厅", "114100000057124985", "410000");
    public static readonly ProviderRef CivilAffairs = new(4, "河南省民政厅", "11410000005184225E", "410000");
    public static readonly ProviderRef ZhengzhouTransport = new(5, "郑州市交通运输局", "11410100005339186P", "410100");

    public static Resource Population { get; } = Make("101001000-000001", PublicSecurity, "人口基本信息",
        "全省户籍人口的基本信息，包括公民身份号码、姓名、性别、出生日期，用于身份核验和人口统计。", ["公民身份号码", "姓名", "性别", "出生日期"],
        new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.FromHours(8)), m => m with
        {
            ShareType = ShareType.Conditional, ShareConditions = "用于政务服务身份核验", Grade = DataGrade.Important,
            UpdateCycle = UpdateCycle.Daily, Themes = ["公共安全"], Tags = ["户籍"],
        });

    public static Resource Enterprise { get; } = Make("102001000-000001", MarketRegulation, "企业登记信息",
        "全省企业的设立、变更、注销登记信息。", ["统一社会信用代码", "企业名称", "法定代表人", "注册资本"],
        new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.FromHours(8)), m => m with
        {
            OpenType = OpenType.Unconditional, UpdateCycle = UpdateCycle.Daily, Themes = ["市场监管", "经济建设"],
        });

    public static Resource Air { get; } = Make("211001000-000001", Ecology, "空气质量监测数据",
        "郑州市各国控站点逐小时空气质量监测数据，PM2.5浓度<75微克/立方米为达标 & 良。", ["监测站点", "监测时间", "PM2.5浓度", "空气质量指数"],
        new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.FromHours(8)), m => m with
        {
            OpenType = OpenType.Unconditional, Format = ResourceFormat.Spreadsheet, UpdateCycle = UpdateCycle.RealTime,
            Themes = ["生态环境"], RegionCode = "410100",
        });

    public static Resource Water { get; } = Make("211001000-000002", Ecology, "地表水水质监测数据",
        "洛阳市主要河流断面的水质自动监测结果。", ["断面名称", "监测时间", "溶解氧", "水质类别"],
        new DateTimeOffset(2024, 2, 1, 8, 0, 0, TimeSpan.FromHours(8)), m => m with
        {
            OpenType = OpenType.Conditional, OpenConditions = "注册并申请", UpdateCycle = UpdateCycle.Monthly,
            Themes = ["生态环境", "资源能源"], RegionCode = "410300",
        });

    public static Resource Subsistence { get; } = Make("203001000-000001", CivilAffairs, "最低生活保障对象信息",
        "城乡低保对象的家庭、保障金额和发放情况。", ["公民身份号码", "姓名", "保障金额", "家庭住址"],
        new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.FromHours(8)), m => m with
        {
            ShareType = ShareType.Conditional, ShareConditions = "用于社会救助审核", Grade = DataGrade.Important,
            UpdateCycle = UpdateCycle.Monthly, Themes = ["社会救助"],
        });

    public static Resource TrafficDraft { get; } = Make("308001000-000001", ZhengzhouTransport, "城市道路交通流量数据",
        "郑州市主要路口的车流量统计。", ["路口名称", "统计时间", "车流量"],
        new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.FromHours(8)), m => m with { RegionCode = "410100" }) with
    {
        Status = ResourceStatus.Draft,
        PublishDate = null,
    };

    /// <summary>The five published samples and one draft.</summary>
    public static IReadOnlyList<Resource> All { get; } = [Population, Enterprise, Air, Water, Subsistence, TrafficDraft];

    private static Resource Make(string code, ProviderRef provider, string name, string summary, string[] items,
        DateTimeOffset updatedAt, Func<ResourceMetadata, ResourceMetadata>? edit = null) => new()
        {
            Code = code,
            Status = ResourceStatus.Published,
            Version = 1,
            Provider = provider,
            Metadata = (edit ?? (m => m))(Meta(code[..9], name, summary, items)),
            CreatedAt = updatedAt.AddDays(-10),
            UpdatedAt = updatedAt,
            PublishDate = DateOnly.FromDateTime(updatedAt.Date),
        };

    private static ResourceMetadata Meta(string classification, string name, string summary, string[] items) => new()
    {
        Classification = classification,
        Name = name,
        Abstract = summary,
        Items = [.. items.Select((n, i) => new InformationItem(n, ItemDataType.Text, 50, IsKey: i == 0))],
        RegionCode = "410000",
    };
}
