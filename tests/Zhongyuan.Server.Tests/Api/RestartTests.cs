using System.Net.Http.Json;
using System.Text.Json;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Regions;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Catalog;

namespace Zhongyuan.Tests.Api;

public sealed class RestartTests
{
    [Fact]
    public async Task Restart_IndexDeleted_RebuiltAndSearchable()
    {
        var directory = Directory.CreateTempSubdirectory("zy-restart-").FullName;
        using (var first = ZhongyuanFactory.Over(directory))
        {
            await first.CreateClient().GetAsync("/healthz");
        }
        await DeleteAsync(Path.Combine(directory, "index"));

        using var second = ZhongyuanFactory.Over(directory);
        var page = await second.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/resources/search?q=人口");

        Assert.True(page.GetProperty("total").GetInt32() > 0);
        var state = (Zhongyuan.Server.Hosting.PlatformState)second.Services.GetService(typeof(Zhongyuan.Server.Hosting.PlatformState))!;
        Assert.Null(state.Bootstrap);
    }

    [Fact]
    public async Task Restart_ChangeMissedByIndex_CaughtUpAtStart()
    {
        var directory = Directory.CreateTempSubdirectory("zy-restart-").FullName;
        using (var first = ZhongyuanFactory.Over(directory))
        {
            await first.CreateClient().GetAsync("/healthz");
        }
        // As if the server died between a database commit and its index update.
        var database = Database.Sqlite(Path.Combine(directory, "zhongyuan.db"));
        var departments = new DepartmentStore(database, TimeProvider.System);
        var police = (await departments.FindAsync("河南省公安厅"))!.Id;
        var service = new CatalogService(new ResourceStore(database), departments, new RecordingIndex(), TimeProvider.System, c => RegionCatalog.Henan.Find(c) is not null);
        var created = await service.CreateManyAsync([new NewResource(police, SampleMetadata.Population("崩溃前登记的暂住人口信息"))], "crash", publish: true);

        using var second = ZhongyuanFactory.Over(directory);
        var page = await second.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/resources/search?q=暂住人口");

        Assert.Contains(page.GetProperty("hits").EnumerateArray(), h => h.GetProperty("code").GetString() == created.Created[0].Code);
    }

    [Fact]
    public async Task Restart_NothingMissed_IndexKeptAsIs()
    {
        var directory = Directory.CreateTempSubdirectory("zy-restart-").FullName;
        using (var first = ZhongyuanFactory.Over(directory))
        {
            var admin = first.CreateAdminClient();
            var code = (await JsonBodies.ReadAsync(await admin.PostAsJsonAsync("/api/v1/resources",
                JsonBodies.Create("河南省公安厅", JsonBodies.Population("重启测试人口信息"))))).GetProperty("code").GetString();
            await admin.PostAsync($"/api/v1/resources/{code}/submit", null);
        }

        using var second = ZhongyuanFactory.Over(directory);
        await second.CreateClient().GetAsync("/healthz");

        var host = (Zhongyuan.Server.Hosting.CatalogIndexHost)second.Services.GetService(typeof(Zhongyuan.Server.Hosting.CatalogIndexHost))!;
        Assert.False(host.Index.WasRebuilt);
        Assert.False(host.CaughtUp);
    }

    /// <summary>Deletes a directory, polling while a closing writer still releases its last files.</summary>
    private static async Task DeleteAsync(string path)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while (true)
        {
            try
            {
                Directory.Delete(path, recursive: true);
                return;
            }
            catch (IOException) when (TimeProvider.System.GetUtcNow() < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
