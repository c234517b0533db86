using Zhongyuan.Catalog;

namespace Zhongyuan.Tests.Catalog.Exchange;

/// <summary>Three realistic catalog entries of Henan provincial departments.</summary>
internal static class CatalogSamples
{
    private static readonly DateTimeOffset Created = new(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static ProviderRef PublicSecurity { get; } = new(1, "河南省公安厅", "11410000005184117U", "410000");

    public static ProviderRef MarketRegulation { get; } = new(2, "河南省市场监督管理局", "11410000MB1F42337T", "410000");

    public static ProviderRef HumanResources { get; } = new(3, "河南省人力资源和社会保障厅", "11410000005184426C", "410000");

    public static IReadOnlyList<Resource> All { get; } = [Population(), Enterprises(), Pensions()];

    public static Resource Population() => Stored("101001000-000001", PublicSecurity, ResourceStatus.Published, new ResourceMetadata
    {
        Classification = "101001000",
        Name = "人口基本信息",
        Abstract = "全省户籍人口的身份、性别、出生日期等基本信息，来源于公安人口管理数据。",
        Format = ResourceFormat.Database,
        ShareType = ShareType.Conditional,
        ShareConditions = "仅限依法履职需要核验身份的部门使用",
        ShareMethods = [ShareMethod.Api],
        OpenType = OpenType.NotOpen,
        UpdateCycle = UpdateCycle.Daily,
        Grade = DataGrade.Important,
        RegionCode = "410000",
        Tags = ["人口", "户籍"],
        Items =
        [
            new("公民身份号码", ItemDataType.Text, 18, "DE00001", ShareType.Conditional, Sensitivity.SensitivePersonal, MaskingRule.IdNumber, IsKey: true),
            new("姓名", ItemDataType.Text, 50, null, ShareType.Conditional, Sensitivity.Personal, MaskingRule.Name),
            new("性别", ItemDataType.Text, 1, null, ShareType.Conditional, Sensitivity.Personal),
            new("出生日期", ItemDataType.Date, null, null, ShareType.Conditional, Sensitivity.Personal),
        ],
    });

    public static Resource Enterprises() => Stored("102001000-000003", MarketRegulation, ResourceStatus.Published, new ResourceMetadata
    {
        Classification = "102001000",
        Name = "企业登记注册信息",
        Abstract = "在河南省登记注册的企业的名称、统一社会信用代码、法定代表人、注册资本和登记状态。",
        Format = ResourceFormat.Database,
        ShareType = ShareType.Unconditional,
        ShareMethods = [ShareMethod.Api, ShareMethod.Table],
        OpenType = OpenType.Unconditional,
        UpdateCycle = UpdateCycle.RealTime,
        Grade = DataGrade.General,
        RegionCode = "410000",
        Tags = ["企业", "市场主体"],
        Themes = ["市场监管", "信用服务"],
        Items =
        [
            new("统一社会信用代码", ItemDataType.Text, 18, "DE00110", IsKey: true),
            new("企业名称", ItemDataType.Text, 200),
            new("法定代表人", ItemDataType.Text, 50),
            new("注册资本", ItemDataType.Decimal, 18),
            new("成立日期", ItemDataType.Date),
            new("登记状态", ItemDataType.Text, 20),
        ],
    });

    public static Resource Pensions() => Stored("203001000-000012", HumanResources, ResourceStatus.Draft, new ResourceMetadata
    {
        Classification = "203001000",
        Name = "城乡居民基本养老保险参保信息",
        Abstract = "城乡居民基本养老保险的参保登记、缴费档次和待遇领取状态。",
        Format = ResourceFormat.Spreadsheet,
        ShareType = ShareType.NotShared,
        ShareBasis = "《社会保险法》第八十一条",
        ShareMethods = [ShareMethod.File],
        OpenType = OpenType.NotOpen,
        UpdateCycle = UpdateCycle.Monthly,
        Grade = DataGrade.Important,
        RegionCode = "410000",
        RelatedCodes = ["101001000-000001"],
        Items =
        [
            new("公民身份号码", ItemDataType.Text, 18, "DE00001", ShareType.NotShared, Sensitivity.SensitivePersonal, MaskingRule.IdNumber, IsKey: true),
            new("缴费档次", ItemDataType.Integer, 6, null, ShareType.NotShared),
            new("待遇领取标志", ItemDataType.Boolean, null, null, ShareType.NotShared),
        ],
    });

    private static Resource Stored(string code, ProviderRef provider, ResourceStatus status, ResourceMetadata metadata) => new()
    {
        Code = code,
        Status = status,
        Version = status == ResourceStatus.Published ? 2 : 1,
        Provider = provider,
        Metadata = metadata,
        CreatedAt = Created,
        UpdatedAt = Created.AddDays(10),
        PublishDate = status == ResourceStatus.Published ? new DateOnly(2025, 3, 15) : null,
    };
}
