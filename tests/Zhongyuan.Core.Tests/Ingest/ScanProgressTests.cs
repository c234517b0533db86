using Zhongyuan.Ingest;

namespace Zhongyuan.Tests.Ingest;

public sealed class ScanProgressTests
{
    [Fact]
    public void ScanProgress_LongStatement_ReportsDuckDbProgressAsBytesOfItsShareWhileItRuns()
    {
        var staging = Directory.CreateTempSubdirectory("zy-scan-progress-").FullName;
        try
        {
            using var duck = DataPlane.OpenDuckDb(staging);
            var progress = new LoadProgress { BytesTotal = 1_000_000, ConvertStart = 0.5 };
            var seen = new List<long>();
            using var sampling = new Timer(_ => { lock (seen) { seen.Add(progress.BytesRead); } }, null, 0, 20);

            var csv = Path.Combine(staging, "big.csv");
            LoadPipeline.Execute(duck, $"COPY (SELECT i, md5(CAST(i AS VARCHAR)) AS h FROM range(4000000) t(i)) TO {DataPlane.Literal(csv)} (HEADER)");

            var clock = System.Diagnostics.Stopwatch.StartNew();
            using (new ScanProgress(duck, progress))
            {
                // A statement of a second or more whose progress DuckDB tracks: a CSV file converted into Parquet, as in a load.
                LoadPipeline.Execute(duck, $"COPY (SELECT regexp_replace(md5(md5(h)), '[a-f]+', 'x', 'g') FROM read_csv({DataPlane.Literal(csv)})) TO {DataPlane.Literal(Path.Combine(staging, "out.parquet"))} (FORMAT PARQUET)");
            }

            long[] values;
            lock (seen)
            {
                values = [.. seen];
            }
            Assert.True(values.Any(v => v > 500_000 && v < 1_000_000), $"{clock.ElapsedMilliseconds} ms: " + string.Join(", ", values.Distinct()));
            Assert.All(values, v => Assert.True(v == 0 || v >= 500_000, $"{v} is below the share of the scan"));
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
