using Microsoft.Extensions.Time.Testing;
using Zhongyuan.OpenData.Usage;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.OpenData;

public sealed class UsageMeterTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task FlushAsync_CountsOverTwoChinaDays_SummedPerResourceAndDay(string engine)
    {
        await using var database = await TestDatabases.CreateAsync(engine, "resusage");
        // 15:30 UTC is 23:30 in China; an hour later it is the next day there.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 15, 30, 0, TimeSpan.Zero));
        var meter = new UsageMeter(database, time);

        meter.Count("A", UsageKind.ApiCall);
        meter.Count("A", UsageKind.ApiCall);
        meter.Count("A", UsageKind.Download);
        meter.Count("B", UsageKind.ApiCall);
        Assert.Equal(2, await meter.FlushAsync());
        time.Advance(TimeSpan.FromHours(1));
        meter.Count("A", UsageKind.ApiCall);
        Assert.Equal(1, await meter.FlushAsync());
        meter.Count("A", UsageKind.Download);
        Assert.Equal(1, await meter.FlushAsync());

        Assert.Equal(new ResourceUsage("A", "", 3, 2), await meter.TotalsAsync("A"));
        Assert.Equal(new ResourceUsage("", "", 4, 2), await meter.TotalsAsync());
        Assert.Equal(new ResourceUsage("A", "", 1, 1), await meter.TotalsAsync("A", meter.DaysAgo(0)));
        Assert.Equal(new DateOnly(2026, 12, 1), meter.DaysAgo(0));
        Assert.Empty(await meter.MostUsedAsync(meter.DaysAgo(30), 5)); // A and B are not published resources
    }
}
