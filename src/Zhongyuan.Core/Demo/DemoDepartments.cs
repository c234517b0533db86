using System.Globalization;
using Zhongyuan.Identifiers;
using Zhongyuan.Regions;

namespace Zhongyuan.Demo;

/// <summary>
/// The deterministic seed departments of a demo installation: the provincial departments of
/// Henan and one 大数据管理局 per city. Credit codes are made up but valid: authority <c>1</c>
/// (机构编制), type <c>1</c> (机关), the department's region code and the organization code body
/// <c>DM</c> + a 6-digit sequence number, so no demo code can collide with a real one by accident.
/// </summary>
internal static class DemoDepartments
{
    /// <summary>The <see cref="DemoDepartment.Level"/> of a provincial department.</summary>
    public const string ProvinceLevel = "province";

    /// <summary>The <see cref="DemoDepartment.Level"/> of a city department.</summary>
    public const string CityLevel = "city";

    /// <summary>The name of the provincial bureau that runs the platform; parent of the city bureaus.</summary>
    public const string ProvincialBigDataBureau = "河南省大数据管理局";

    private static readonly (string Name, string ShortName)[] _provincial =
    [
        ("河南省公安厅", "省公安厅"),
        ("河南省民政厅", "省民政厅"),
        ("河南省人力资源和社会保障厅", "省人力资源社会保障厅"),
        ("河南省自然资源厅", "省自然资源厅"),
        ("河南省交通运输厅", "省交通运输厅"),
        ("河南省农业农村厅", "省农业农村厅"),
        ("河南省卫生健康委员会", "省卫生健康委"),
        ("河南省市场监督管理局", "省市场监管局"),
        ("国家税务总局河南省税务局", "省税务局"),
        ("河南省统计局", "省统计局"),
        ("河南省发展和改革委员会", "省发展改革委"),
        ("河南省生态环境厅", "省生态环境厅"),
        ("河南省教育厅", "省教育厅"),
        ("河南省文化和旅游厅", "省文化和旅游厅"),
        ("河南省住房和城乡建设厅", "省住房城乡建设厅"),
        ("河南省商务厅", "省商务厅"),
        ("河南省财政厅", "省财政厅"),
        ("河南省应急管理厅", "省应急管理厅"),
        ("河南省医疗保障局", "省医保局"),
        (ProvincialBigDataBureau, "省大数据局"),
        ("河南省水利厅", "省水利厅"),
        ("河南省司法厅", "省司法厅"),
        ("河南省科学技术厅", "省科技厅"),
        ("河南省工业和信息化厅", "省工业和信息化厅"),
        ("河南省林业局", "省林业局"),
        ("河南省地方金融管理局", "省地方金融管理局"),
        ("河南省退役军人事务厅", "省退役军人事务厅"),
        ("河南省审计厅", "省审计厅"),
        ("河南省人民政府外事办公室", "省政府外办"),
    ];

    /// <summary>Every demo department: the provincial ones first, then the city ones by city code.</summary>
    public static IReadOnlyList<DemoDepartment> All { get; } = Build();

    // Sequence numbers run 1, 2, … over the provincial departments, then over the cities.
    private static List<DemoDepartment> Build()
    {
        var provincial = _provincial.Select((d, i) => Provincial(d.Name, d.ShortName, i + 1)).ToList();
        var city = RegionCatalog.Henan.Cities.Select((c, i) => CityBureau(c, provincial.Count + i + 1));
        return [.. provincial, .. city];
    }

    private static DemoDepartment Provincial(string name, string shortName, int sequence) =>
        new(name, shortName, CreditCode(RegionCatalog.HenanCode, sequence), RegionCatalog.HenanCode, ProvinceLevel, null);

    private static DemoDepartment CityBureau(Region city, int sequence) =>
        new(city.Name + "大数据管理局", city.Name + "大数据局", CreditCode(city.Code, sequence), city.Code, CityLevel, ProvincialBigDataBureau);

    private static string CreditCode(string regionCode, int sequence) =>
        UnifiedSocialCreditCode.Create('1', '1', regionCode, "DM" + sequence.ToString("D6", CultureInfo.InvariantCulture));
}
