namespace Zhongyuan.Demo.Data;

/// <summary>
/// Writes 空气质量监测数据 as monthly means, 2020–2024, for three stations per city. Concentrations follow the
/// season (winter smog, summer ozone), fall about 5 % a year, and vary by city; the AQI and the primary pollutant
/// are computed from them by HJ 633-2012 (24-hour breakpoints, 8-hour ozone). Units: µg/m³, CO in mg/m³.
/// </summary>
internal sealed class AirQualityWriter(string directory, int seed) : DemoFileWriter(DemoDataFiles.AirQuality, directory, seed)
{
    private static readonly string[] _stationNames = ["监测站", "开发区", "市政府"];
    private static readonly string[] _pollutants = ["PM2.5", "PM10", "SO2", "NO2", "O3", "CO"];

    // Breakpoints of the individual AQI: concentration limits per pollutant at IAQI 0, 50, 100, 150, 200, 300, 400, 500.
    private static readonly int[] _iaqi = [0, 50, 100, 150, 200, 300, 400, 500];
    private static readonly double[][] _limits =
    [
        [0, 35, 75, 115, 150, 250, 350, 500],
        [0, 50, 150, 250, 350, 420, 500, 600],
        [0, 50, 150, 475, 800, 1600, 2100, 2620],
        [0, 40, 80, 180, 280, 565, 750, 940],
        [0, 100, 160, 215, 265, 800, 1000, 1200],
        [0, 2, 4, 14, 24, 36, 48, 60],
    ];

    /// <summary>Writes every row.</summary>
    public void WriteAll()
    {
        foreach (var (city, _) in DemoPlaces.Cities)
        {
            var level = 0.8 + Random.NextDouble() * 0.5;
            for (var station = 0; station < _stationNames.Length; station++)
            {
                for (var month = 0; month < 60; month++)
                {
                    Write(city, station, new DateOnly(2020 + month / 12, 1 + month % 12, 1), level);
                }
            }
        }
    }

    private void Write(Regions.Region city, int station, DateOnly month, double level)
    {
        var winter = Math.Cos((month.Month - 1) / 12.0 * 2 * Math.PI);
        var trend = Math.Pow(0.95, month.Year - 2020) * level;
        double[] c =
        [
            Vary((48 + 30 * winter) * trend), Vary((85 + 35 * winter) * trend), Vary((9 + 4 * winter) * trend),
            Vary((30 + 10 * winter) * trend), Vary((105 - 45 * winter) * level), Vary((0.9 + 0.4 * winter) * trend),
        ];
        var iaqi = c.Select((v, i) => Iaqi(i, v)).ToArray();
        var aqi = iaqi.Max();
        Row.Text(city.Code + (station + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture), key: true);
        Row.Timestamp(month, 0, key: true);
        Row.Text(city.Name + _stationNames[station]);
        for (var i = 0; i < c.Length; i++)
        {
            Row.Number(c[i], i == 5 ? "F1" : "F0");
        }
        Row.Number((long)Math.Round(aqi));
        Row.Text(aqi <= 50 ? "" : _pollutants[Array.IndexOf(iaqi, aqi)]);
        Row.EndRow();
    }

    private double Vary(double value) => Math.Max(0.1, value * (0.85 + Random.NextDouble() * 0.3));

    private static double Iaqi(int pollutant, double concentration)
    {
        var limits = _limits[pollutant];
        for (var i = 1; i < limits.Length; i++)
        {
            if (concentration <= limits[i])
            {
                return _iaqi[i - 1] + (_iaqi[i] - _iaqi[i - 1]) * (concentration - limits[i - 1]) / (limits[i] - limits[i - 1]);
            }
        }
        return 500;
    }
}
