using Dapper;
using Zhongyuan.Crypto;
using Zhongyuan.Ingest.Pull;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Ingest.Pull;

public sealed class PullSourceStoreTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Save_PostgresSource_RoundTripsWithSecretEncryptedAtRest(string engine)
    {
        await using var f = await PullFixture.CreateAsync(engine);
        var next = new DateTimeOffset(2024, 2, 1, 8, 0, 0, TimeSpan.Zero);
        var source = f.Source(PullKind.Postgres) with { Connection = "postgres://zy:Pa55-秘密@db.example/src", Query = "select * from 人口", NextRunAt = next };

        Assert.True(await f.Sources.SaveAsync(source));
        var found = await f.Sources.FindAsync(f.Resource.Code);

        Assert.Equal("postgres://zy:Pa55-秘密@db.example/src", found!.Connection);
        Assert.Equal("select * from 人口", found.Query);
        Assert.True(found.Enabled);
        Assert.Equal(next, found.NextRunAt);
        await using var c = await f.Database.OpenAsync();
        var raw = await c.QuerySingleAsync<string>("SELECT connection FROM pull_sources");
        Assert.StartsWith("sm4:", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Pa55", raw, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ResealAsync_LegacyAesAndRetiredKeyValues_ReadableThenMovedToNewestKey(string engine)
    {
        // The fixture's master key is 32 bytes, as the AES-era key file was: it opens v1 values.
        await using var f = await PullFixture.CreateAsync(engine);
        await f.Sources.SaveAsync(f.Source(PullKind.Http) with { Url = "https://h/a.csv", HeaderName = "X-Api-Key", HeaderValue = "k3y" });
        var legacy = LegacySecret.Seal(LegacyKey(f), "postgres://zy:old-pw@db/src");
        await using (var c = await f.Database.OpenAsync())
        {
            await c.ExecuteAsync("UPDATE pull_sources SET kind = 'Postgres', connection = @Legacy", new { Legacy = legacy });
        }
        var newest = await f.Keys.RotateAsync();

        var before = await f.Sources.FindAsync(f.Resource.Code);
        var changed = await f.Sources.ResealAsync();
        var after = await f.Sources.FindAsync(f.Resource.Code);
        var again = await f.Sources.ResealAsync();

        Assert.Equal("postgres://zy:old-pw@db/src", before!.Connection);
        Assert.Equal(1, changed);
        Assert.Equal(0, again);
        Assert.Equal("postgres://zy:old-pw@db/src", after!.Connection);
        Assert.Equal("k3y", after.HeaderValue);
        await using var check = await f.Database.OpenAsync();
        var raw = await check.QuerySingleAsync<(string Connection, string HeaderValue)>("SELECT connection AS Connection, header_value AS HeaderValue FROM pull_sources");
        Assert.StartsWith(KeyRing.TextPrefix, raw.Connection, StringComparison.Ordinal);
        Assert.Equal(newest, KeyRing.KeyIdOf(Convert.FromBase64String(raw.Connection[KeyRing.TextPrefix.Length..])));
        Assert.Equal(newest, KeyRing.KeyIdOf(Convert.FromBase64String(raw.HeaderValue[KeyRing.TextPrefix.Length..])));
    }

    private static byte[] LegacyKey(PullFixture f) => f.MasterKeyBytes;

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Save_Twice_ReplacesAndKeepsRunHistory(string engine)
    {
        await using var f = await PullFixture.CreateAsync(engine);
        var at = new DateTimeOffset(2024, 1, 31, 8, 0, 0, TimeSpan.Zero);
        await f.Sources.SaveAsync(f.Source(PullKind.Postgres) with { Connection = "postgres://a@h/db", Query = "select 1" });
        await f.Sources.MarkRunAsync(f.Resource.Code, at, at.AddDays(1), "job1");

        await f.Sources.SaveAsync(f.Source(PullKind.Http) with { Url = "https://h/a.csv", HeaderName = "X-Api-Key", HeaderValue = "k3y", Enabled = false });
        var found = await f.Sources.FindAsync(f.Resource.Code);
        await using var c = await f.Database.OpenAsync();
        var raw = await c.QuerySingleAsync<string>("SELECT header_value FROM pull_sources");

        Assert.Equal(PullKind.Http, found!.Kind);
        Assert.Null(found.Connection);
        Assert.Equal("k3y", found.HeaderValue);
        Assert.DoesNotContain("k3y", raw, StringComparison.Ordinal);
        Assert.False(found.Enabled);
        Assert.Equal("job1", found.LastJobId);
        Assert.Equal(at, found.LastRunAt);
        Assert.Empty(await f.Sources.ScheduledAsync());
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Delete_Existing_GoneAndSecondDeleteFalse(string engine)
    {
        await using var f = await PullFixture.CreateAsync(engine);
        await f.Sources.SaveAsync(f.Source(PullKind.Http) with { Url = "https://h/a.csv" });

        Assert.True(await f.Sources.DeleteAsync(f.Resource.Code));
        Assert.Null(await f.Sources.FindAsync(f.Resource.Code));
        Assert.False(await f.Sources.DeleteAsync(f.Resource.Code));
    }
}
