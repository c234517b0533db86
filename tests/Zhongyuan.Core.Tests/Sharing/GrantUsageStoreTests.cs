using Zhongyuan.Sharing.Access;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Sharing;

public sealed class GrantUsageStoreTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AddAsync_TwiceSameDay_RowsSummedPerGrantAndDay(string engine)
    {
        await using var database = await TestDatabases.CreateAsync(engine, "usage");
        var store = new GrantUsageStore(database);
        var day = new DateOnly(2026, 11, 30);
        var at = new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

        await store.AddAsync(7, day, 40, at);
        await store.AddAsync(7, day, 2, at);
        await store.AddAsync(8, day, 5, at);
        await store.AddAsync(7, day.AddDays(1), 1, at);

        Assert.Equal(42, await store.RowsAsync(7, day));
        Assert.Equal(5, await store.RowsAsync(8, day));
        Assert.Equal(1, await store.RowsAsync(7, day.AddDays(1)));
        Assert.Equal(0, await store.RowsAsync(9, day));
    }
}
