using Zhongyuan.Catalog;

namespace Zhongyuan.Tests.Catalog;

/// <summary>Realistic catalog entries for tests.</summary>
public static class SampleMetadata
{
    public static ResourceMetadata Population(string name = "人口基本信息") => new()
    {
        Classification = "101001000",
        Name = name,
        Abstract = "全省户籍人口和常住人口的基本信息，包括身份号码、姓名、性别、出生日期和户籍地址。",
        Format = ResourceFormat.Database,
        Items =
        [
            new("公民身份号码", ItemDataType.Text, 18, "DE00001", ShareType.Conditional, Sensitivity.SensitivePersonal, MaskingRule.IdNumber, IsKey: true),
            new("姓名", ItemDataType.Text, 50, "DE00002", ShareType.Conditional, Sensitivity.Personal, MaskingRule.Name),
            new("性别", ItemDataType.Text, 1),
            new("出生日期", ItemDataType.Date),
            new("户籍地址", ItemDataType.Text, 200, null, ShareType.Conditional, Sensitivity.Personal, MaskingRule.Address),
        ],
        ShareType = ShareType.Conditional,
        ShareConditions = "仅用于政务服务身份核验和社会救助资格审核",
        ShareMethods = [ShareMethod.Api, ShareMethod.Table],
        OpenType = OpenType.NotOpen,
        UpdateCycle = UpdateCycle.Daily,
        Grade = DataGrade.Important,
        Tags = ["人口", "户籍"],
        RegionCode = "410000",
    };

    public static ResourceMetadata AirQuality(string name = "空气质量监测数据") => new()
    {
        Classification = "211001000",
        Name = name,
        Abstract = "全省国控和省控空气质量监测站点的逐小时监测数据，含PM2.5、PM10、臭氧等指标。",
        Format = ResourceFormat.Database,
        Items =
        [
            new("监测站点编码", ItemDataType.Text, 20, IsKey: true),
            new("监测时间", ItemDataType.Timestamp, IsKey: true),
            new("PM2.5浓度", ItemDataType.Decimal, 8),
            new("空气质量指数", ItemDataType.Integer, 4),
        ],
        ShareType = ShareType.Unconditional,
        ShareMethods = [ShareMethod.Api, ShareMethod.File],
        OpenType = OpenType.Unconditional,
        UpdateCycle = UpdateCycle.RealTime,
        Grade = DataGrade.General,
        Tags = ["空气质量", "环境监测"],
        Themes = ["生态环境"],
        RegionCode = "410000",
    };
}
