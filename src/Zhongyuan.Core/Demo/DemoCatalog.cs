using Zhongyuan.Catalog;

namespace Zhongyuan.Demo;

/// <summary>
/// Generates a realistic demo catalog for Henan: provincial departments and city big-data bureaus with
/// resources named after their real holdings, every entry valid per <see cref="CatalogRules"/>. The output
/// depends only on the seed, never on the clock or the machine.
/// </summary>
internal static partial class DemoCatalog
{
    private const string ProvinceCode = "410000";

    private static readonly int[] Years = [2020, 2021, 2022, 2023, 2024];

    /// <summary>
    /// Generates <paramref name="count"/> entries. The first ones are each department's own templates, taken in
    /// turn so any prefix spreads over the providers; yearly and further city variants follow in seeded order.
    /// </summary>
    /// <param name="seed">Seed of the only source of randomness; the same seed gives the same entries.</param>
    /// <param name="count">How many entries to generate.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="count"/> is negative or larger than the tables can name uniquely.</exception>
    public static IReadOnlyList<DemoResource> Generate(int seed = 2026, int count = 200)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var candidates = Candidates(random);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, candidates.Count);
        var nameKeys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        return [.. candidates.Take(count).Select(c => Checked(Build(c, random), nameKeys))];
    }

    private static List<DemoCandidate> Candidates(Random random)
    {
        var own = Provincial.Select(ProvincialCandidates).ToList();
        var variants = Provincial.SelectMany(YearlyVariants).ToList();
        foreach (var (city, code) in Cities)
        {
            var all = CityCandidates(city, code).ToArray();
            random.Shuffle(all);
            own.Add([.. all.Take(CityOwnCount)]);
            variants.AddRange(all.Skip(CityOwnCount));
        }
        var shuffled = variants.ToArray();
        random.Shuffle(shuffled);
        return [.. RoundRobin(own), .. shuffled];
    }

    private static List<DemoCandidate> ProvincialCandidates(DemoProvider p) =>
        [.. p.Templates.Select(t => new DemoCandidate(p.Name, p, t, t.Name, t.Abstract, ProvinceCode, null))];

    private static IEnumerable<DemoCandidate> YearlyVariants(DemoProvider p) =>
        from t in p.Templates
        where t.Hints.HasFlag(DemoHints.PerYear)
        from year in Years
        let y = year.ToString(System.Globalization.CultureInfo.InvariantCulture)
        select new DemoCandidate(p.Name, p, t, $"{y}年{t.Name}", $"{t.Abstract}本资源为{y}年度数据。", ProvinceCode, $"{y}年");

    private static IEnumerable<DemoCandidate> CityCandidates(string city, string code) =>
        CityBureau.Templates.Select(t => new DemoCandidate(
            $"{city}大数据管理局", CityBureau, t, city + t.Name, t.Abstract.Replace("{city}", city, StringComparison.Ordinal), code, city));

    private static IEnumerable<DemoCandidate> RoundRobin(List<List<DemoCandidate>> lists)
    {
        var longest = lists.Max(l => l.Count);
        for (var i = 0; i < longest; i++)
        {
            foreach (var list in lists.Where(l => i < l.Count))
            {
                yield return list[i];
            }
        }
    }

    /// <summary>Guards the tables: an entry that breaks a catalog rule is a bug in them, not an expected failure.</summary>
    private static DemoResource Checked(DemoResource r, Dictionary<string, HashSet<string>> nameKeys)
    {
        var keys = nameKeys.TryGetValue(r.ProviderName, out var existing) ? existing : nameKeys[r.ProviderName] = new(StringComparer.Ordinal);
        var errors = CatalogRules.Validate(r.Metadata, new CatalogRuleContext(keys, _ => true));
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Demo entry {r.ProviderName}/{r.Metadata.Name} is invalid: {string.Join("; ", errors)}");
        }
        keys.Add(NameKey.Of(r.Metadata.Name));
        return r;
    }
}
