using Zhongyuan.Developers;
using Zhongyuan.Identity;
using Zhongyuan.Sharing;
using Zhongyuan.Tests.Sharing;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Developers;

public sealed class DeveloperStoreTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Register_RefusesTakenNameAndEmail(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);
        var store = new DeveloperStore(f.Database, f.Clock);

        var (id, taken) = await store.RegisterAsync(new NewUser("kaifa", "开发者", Role.Developer, null), "hash", "kaifa@example.cn");
        var sameName = await store.RegisterAsync(new NewUser("kaifa", "开发者", Role.Developer, null), "hash", "other@example.cn");
        var sameMail = await store.RegisterAsync(new NewUser("kaifa2", "开发者", Role.Developer, null), "hash", "kaifa@example.cn");

        Assert.True(id > 0);
        Assert.Equal(SignUpConflict.None, taken);
        Assert.Equal(SignUpConflict.Username, sameName.Taken);
        Assert.Equal(SignUpConflict.Email, sameMail.Taken);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task OwnedApplications_KeysAndUsage_BelongToTheirOwner(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);
        var store = new DeveloperStore(f.Database, f.Clock);
        var usage = new KeyUsageStore(f.Database);
        var (owner, _) = await store.RegisterAsync(new NewUser("kaifa", "开发者", Role.Developer, null), "hash", "kaifa@example.cn");
        var (other, _) = await store.RegisterAsync(new NewUser("other", "开发者", Role.Developer, null), "hash", "other@example.cn");

        var department = await store.DevelopersDepartmentAsync();
        Assert.Equal(department, await store.DevelopersDepartmentAsync());
        var app = await store.OwnedApplicationAsync(department, owner, "kaifa/X", "有条件开放申请", "kaifa");
        Assert.Equal(app, await store.OwnedApplicationAsync(department, owner, "kaifa/X", "有条件开放申请", "kaifa"));
        var key = await f.Applications.CreateKeyAsync(app, "小程序", f.Clock.GetUtcNow().AddDays(30), "kaifa");
        var day = DateOnly.FromDateTime(f.Clock.GetUtcNow().UtcDateTime);
        await usage.AddAsync(key.Key.Id, day, 20, f.Clock.GetUtcNow());
        await usage.AddAsync(key.Key.Id, day, 5, f.Clock.GetUtcNow());

        Assert.True(await store.OwnsAsync(owner, app));
        Assert.False(await store.OwnsAsync(other, app));
        var listed = Assert.Single(await store.KeysAsync(owner));
        Assert.Equal((key.Key.Id, app, "小程序", (string?)null), (listed.Id, listed.ApplicationId, listed.Name, listed.ResourceCode));
        Assert.Empty(await store.KeysAsync(other));
        Assert.Equal(new KeyUsageDay(key.Key.Id, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 2, 25),
            Assert.Single(await usage.ForOwnerAsync(owner, day.AddDays(-1))));
        Assert.Empty(await usage.ForOwnerAsync(other, day.AddDays(-1)));
        Assert.Equal(0, (await f.Requests.ListAsync(new ShareRequestQuery { OwnerUserId = owner }, f.Clock.GetUtcNow())).Total);
    }
}
