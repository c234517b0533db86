using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Demo;
using Zhongyuan.Departments;
using Zhongyuan.Regions;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// Any number of distinct, valid catalog entries: the demo catalog's entries (every demo department), each
/// repeated with a place (a city for provincial entries, a district or county for city entries) and a year,
/// e.g. 人口基本信息（开封市2007年）, with the region set to that place.
/// </summary>
internal static class BenchCatalog
{
    private const int Years = 25;

    /// <summary>The largest demo catalog the tables can name uniquely.</summary>
    public static IReadOnlyList<DemoResource> Base { get; } = Largest();

    /// <summary>The entry with a given number; entries 0…n are distinct per provider.</summary>
    public static DemoResource Entry(int i)
    {
        var b = Base[i % Base.Count];
        var k = i / Base.Count;
        if (k == 0)
        {
            return b;
        }
        var year = (2000 + (k % Years)).ToString(CultureInfo.InvariantCulture);
        var round = (k - 1) / Years;
        var places = Places(b.Metadata.RegionCode);
        var place = places[round % places.Count];
        var batch = round >= places.Count ? $"第{round / places.Count + 1}批" : "";
        var suffix = $"{place.Name}{year}年{batch}";
        var metadata = b.Metadata with
        {
            Name = $"{b.Metadata.Name}（{suffix}）",
            Abstract = $"{b.Metadata.Abstract}本资源为{suffix}数据。",
            RegionCode = place.Code,
        };
        return b with { Metadata = metadata };
    }

    /// <summary>Creates every demo department that is missing; returns their ids by name.</summary>
    public static async Task<Dictionary<string, long>> SeedDepartmentsAsync(DepartmentStore departments)
    {
        var ids = (await departments.ListAsync()).ToDictionary(d => d.Name, d => d.Id, StringComparer.Ordinal);
        foreach (var d in DemoDepartments.All.Where(d => !ids.ContainsKey(d.Name)))
        {
            var level = string.Equals(d.Level, DemoDepartments.CityLevel, StringComparison.Ordinal) ? DepartmentLevel.City : DepartmentLevel.Province;
            long? parent = d.ParentName is not null && ids.TryGetValue(d.ParentName, out var p) ? p : null;
            ids[d.Name] = await departments.InsertAsync(new NewDepartment(d.Name, d.ShortName, d.CreditCode, d.RegionCode, level, parent));
        }
        return ids;
    }

    /// <summary>Entries <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> as requests, grouped by publish flag.</summary>
    public static List<NewResource> Requests(Dictionary<string, long> ids, int from, int count, bool publish) =>
        [.. Enumerable.Range(from, count).Select(Entry).Where(e => e.Publish == publish).Select(e => new NewResource(ids[e.ProviderName], e.Metadata))];

    /// <summary>Resources built without a database (for the micro benchmark): codes per classification, one second apart.</summary>
    public static List<Resource> Resources(int count)
    {
        var providers = DemoDepartments.All.Select((d, i) => new ProviderRef(i + 1, d.Name, d.CreditCode, d.RegionCode))
            .ToDictionary(p => p.Name, StringComparer.Ordinal);
        var sequences = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var e = Entry(i);
            var classification = Classification.TryParse(e.Metadata.Classification, out var c) ? c : throw new InvalidOperationException(e.Metadata.Classification);
            var sequence = sequences[c.Code] = sequences.GetValueOrDefault(c.Code) + 1;
            var at = start.AddSeconds(i);
            return new Resource
            {
                Code = ResourceCode.Format(classification, sequence), Status = e.Publish ? ResourceStatus.Published : ResourceStatus.Draft,
                Version = 1, Provider = providers[e.ProviderName], Metadata = e.Metadata with { Classification = c.Code },
                CreatedAt = at, UpdatedAt = at, PublishDate = e.Publish ? DateOnly.FromDateTime(at.UtcDateTime) : null,
            };
        })];
    }

    private static List<Region> Places(string regionCode)
    {
        var henan = RegionCatalog.Henan;
        if (string.Equals(regionCode, RegionCatalog.HenanCode, StringComparison.Ordinal))
        {
            return [.. henan.Cities];
        }
        var children = henan.Children(regionCode);
        return children.Count > 0 ? [.. children] : [henan.Find(regionCode)!];
    }

    private static List<DemoResource> Largest()
    {
        int low = 1, high = 5_000;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            try
            {
                _ = DemoCatalog.Generate(2026, mid);
                low = mid;
            }
            catch (ArgumentOutOfRangeException)
            {
                high = mid - 1;
            }
        }
        return [.. DemoCatalog.Generate(2026, low)];
    }
}
