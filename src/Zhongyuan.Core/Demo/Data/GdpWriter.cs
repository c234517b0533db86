namespace Zhongyuan.Demo.Data;

/// <summary>
/// Writes 地区生产总值: yearly figures 2015–2024 for each city and the province (the sum of the cities), in
/// hundred million yuan, anchored on the cities' published 2023 values and walked back and forth with the
/// province's real growth rates plus a seeded per-city deviation. Some numbers carry thousands separators.
/// </summary>
internal sealed class GdpWriter(string directory, int seed) : DemoFileWriter(DemoDataFiles.Gdp, directory, seed)
{
    private const int FirstYear = 2015;
    private const int LastYear = 2024;

    /// <summary>Real growth per year in percent (2015…2024).</summary>
    private static readonly double[] _growth = [8.3, 8.1, 7.8, 7.6, 7.0, 1.3, 6.3, 3.1, 4.1, 5.1];

    private static readonly Dictionary<string, double> _gdp2023 = new(StringComparer.Ordinal)
    {
        ["410100"] = 13617.8, ["410200"] = 2736.0, ["410300"] = 5482.0, ["410400"] = 2888.8, ["410500"] = 2463.3,
        ["410600"] = 1064.4, ["410700"] = 3448.2, ["410800"] = 2182.5, ["410900"] = 1886.1, ["411000"] = 3700.9,
        ["411100"] = 1872.6, ["411200"] = 1663.6, ["411300"] = 4819.3, ["411400"] = 3195.2, ["411500"] = 3071.2,
        ["411600"] = 3629.8, ["411700"] = 3276.1, ["419001"] = 770.0,
    };

    /// <summary>Writes every row.</summary>
    public void WriteAll()
    {
        var years = LastYear - FirstYear + 1;
        var province = new (double Total, double Primary, double Secondary)[years];
        foreach (var (city, _) in DemoPlaces.Cities)
        {
            var series = Series(_gdp2023[city.Code]);
            var primaryShare = 0.04 + Random.NextDouble() * 0.12;
            for (var i = 0; i < years; i++)
            {
                var (total, growth) = series[i];
                var secondaryShare = 0.46 - i * 0.008 + (Random.NextDouble() - 0.5) * 0.06;
                Write(city.Code, FirstYear + i, total, primaryShare, secondaryShare, growth);
                province[i] = (province[i].Total + total, province[i].Primary + total * primaryShare,
                    province[i].Secondary + total * secondaryShare);
            }
        }
        for (var i = 0; i < years; i++)
        {
            var (total, primary, secondary) = province[i];
            Write(Regions.RegionCatalog.HenanCode, FirstYear + i, total, primary / total, secondary / total, _growth[i]);
        }
    }

    // Nominal value = real growth plus about 2 % inflation; each city deviates by up to ±1.5 points a year.
    private (double Total, double Growth)[] Series(double value2023)
    {
        var result = new (double, double)[_growth.Length];
        var growth = _growth.Select(g => g + (Random.NextDouble() - 0.5) * 3).ToArray();
        var anchor = 2023 - FirstYear;
        result[anchor] = (value2023, growth[anchor]);
        for (var i = anchor - 1; i >= 0; i--)
        {
            result[i] = (result[i + 1].Item1 / (1 + (growth[i + 1] + 2) / 100), growth[i]);
        }
        for (var i = anchor + 1; i < growth.Length; i++)
        {
            result[i] = (result[i - 1].Item1 * (1 + (growth[i] + 2) / 100), growth[i]);
        }
        return result;
    }

    private void Write(string code, int year, double total, double primaryShare, double secondaryShare, double growth)
    {
        Row.Text(code, key: true);
        Row.Number(year, key: true);
        Amount(total);
        Amount(total * primaryShare);
        Amount(total * secondaryShare);
        Amount(total * (1 - primaryShare - secondaryShare));
        Row.Number(growth, "F1");
        Row.EndRow();
    }

    private void Amount(double value) =>
        Row.Number(Math.Round(value, 2), Random.Chance(DemoNoise.ThousandsSeparator) ? "N2" : "F2");
}
