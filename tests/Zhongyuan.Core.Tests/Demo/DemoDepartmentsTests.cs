using Zhongyuan.Demo;
using Zhongyuan.Identifiers;
using Zhongyuan.Regions;

namespace Zhongyuan.Tests.Demo;

public sealed class DemoDepartmentsTests
{
    private static readonly IReadOnlyList<DemoDepartment> _all = DemoDepartments.All;

    [Fact]
    public void All_Levels_HaveProvincialDepartmentsAndOneBureauPerCity()
    {
        Assert.True(_all.Count(d => d.Level == DemoDepartments.ProvinceLevel) >= 25);
        var city = _all.Where(d => d.Level == DemoDepartments.CityLevel).ToList();
        Assert.Equal(18, city.Count);
        Assert.Equal(RegionCatalog.Henan.Cities.Select(c => c.Code), city.Select(d => d.RegionCode));
        Assert.All(city, d => Assert.Equal(DemoDepartments.ProvincialBigDataBureau, d.ParentName));
    }

    [Fact]
    public void All_CreditCodes_AreValidAndUnique()
    {
        Assert.All(_all, d => Assert.True(UnifiedSocialCreditCode.IsValid(d.CreditCode), d.CreditCode));
        Assert.Equal(_all.Count, _all.Select(d => d.CreditCode).Distinct(StringComparer.Ordinal).Count());
        Assert.All(_all, d => Assert.Equal(d.RegionCode, d.CreditCode[2..8]));
    }

    [Fact]
    public void All_RegionCodes_ExistInHenan()
    {
        Assert.All(_all, d => Assert.True(RegionCatalog.Henan.IsInHenan(d.RegionCode), d.RegionCode));
    }

    [Fact]
    public void All_Names_AreUniqueAndParentsExist()
    {
        var names = _all.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(_all.Count, names.Count);
        Assert.All(_all.Where(d => d.ParentName is not null), d => Assert.Contains(d.ParentName!, names));
        Assert.Contains("郑州市大数据管理局", names);
        Assert.Contains("国家税务总局河南省税务局", names);
    }

    [Fact]
    public void All_CalledTwice_IsDeterministic()
    {
        Assert.Equal(("河南省公安厅", "11410000DM00000134"), (_all[0].Name, _all[0].CreditCode));
        Assert.Same(_all, DemoDepartments.All);
    }
}
