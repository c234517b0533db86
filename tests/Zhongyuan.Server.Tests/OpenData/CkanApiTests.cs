using System.Text.Json;
using static Zhongyuan.Tests.OpenData.Ckan;

namespace Zhongyuan.Tests.OpenData;

public sealed class CkanApiTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    private HttpClient Anonymous => fixture.Factory.CreateClient();

    [Theory]
    [InlineData("/api/3/action")]
    [InlineData("/api/action")]
    public async Task StatusShow_BothPrefixes_CkanEnvelope(string prefix)
    {
        var (status, body) = await GetAsync(Anonymous, "status_show", prefix: prefix);

        Assert.Equal(200, status);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Contains("help_show?name=status_show", body.GetProperty("help").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2.", body.GetProperty("result").GetProperty("ckan_version").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAction_BadRequestWithCkanMessage()
    {
        var (status, body) = await GetAsync(Anonymous, "package_fly");

        Assert.Equal(400, status);
        Assert.Equal("Bad request - Action name not known: package_fly", body.GetString());
    }

    [Fact]
    public async Task PackageList_Anonymous_OnlyOpenPackagesAndFewerThanWithCatalogRead()
    {
        var open = (await ResultAsync(Anonymous, "package_list")).EnumerateArray().Select(e => e.GetString()!).ToList();
        var all = (await ResultAsync(fixture.Developer, "package_list")).EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Contains(fixture.OpenCode, open);
        Assert.Contains(fixture.ConditionalCode, open);
        Assert.True(all.Count > open.Count, $"catalog:read sees {all.Count}, the public {open.Count}");
        var hidden = all.Except(open).First();
        var (status, body) = await GetAsync(Anonymous, "package_show", "id=" + hidden);
        Assert.Equal(404, status);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("Not Found Error", body.GetProperty("error").GetProperty("__type").GetString());
        Assert.Equal("Not found", body.GetProperty("error").GetProperty("message").GetString());
        var shown = await ResultAsync(fixture.Developer, "package_show", "id=" + hidden);
        Assert.True(shown.GetProperty("private").GetBoolean());
    }

    [Fact]
    public async Task PackageList_LimitOffset_Window()
    {
        var all = (await ResultAsync(Anonymous, "package_list")).EnumerateArray().Select(e => e.GetString()).ToList();
        var window = (await ResultAsync(Anonymous, "package_list", "limit=3&offset=2")).EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Equal(all.Skip(2).Take(3), window);
    }

    [Fact]
    public async Task PackageShow_OpenResource_MapsCatalogFields()
    {
        var p = await ResultAsync(Anonymous, "package_show", "id=" + fixture.OpenCode);
        var m = fixture.Open.GetProperty("metadata");

        Assert.Equal(fixture.OpenCode, p.GetProperty("name").GetString());
        Assert.Equal(m.GetProperty("name").GetString(), p.GetProperty("title").GetString());
        Assert.Equal(m.GetProperty("abstract").GetString(), p.GetProperty("notes").GetString());
        Assert.Equal("dataset", p.GetProperty("type").GetString());
        Assert.True(p.GetProperty("isopen").GetBoolean());
        var provider = fixture.Open.GetProperty("provider");
        Assert.Equal(provider.GetProperty("creditCode").GetString()!.ToLowerInvariant(), p.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal(provider.GetProperty("name").GetString(), p.GetProperty("organization").GetProperty("title").GetString());
        Assert.Equal(m.GetProperty("themes").GetArrayLength(), p.GetProperty("groups").GetArrayLength());
        Assert.Equal(m.GetProperty("tags").GetArrayLength(), p.GetProperty("num_tags").GetInt32());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$", p.GetProperty("metadata_modified").GetString());
        Assert.Contains(p.GetProperty("extras").EnumerateArray(), e => e.GetProperty("key").GetString() == "open_type" && e.GetProperty("value").GetString() == "无条件开放");
        var resource = p.GetProperty("resources")[0];
        Assert.Equal("CSV", resource.GetProperty("format").GetString());
        Assert.True(resource.GetProperty("datastore_active").GetBoolean());
        Assert.EndsWith($"/api/v1/resources/{fixture.OpenCode}/data/export?format=csv", resource.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackageShow_NoId_ValidationError409()
    {
        var (status, body) = await GetAsync(Anonymous, "package_show");

        Assert.Equal(409, status);
        Assert.Equal("Validation Error", body.GetProperty("error").GetProperty("__type").GetString());
        Assert.Equal("Missing value", body.GetProperty("error").GetProperty("id")[0].GetString());
    }

    [Fact]
    public async Task PackageShow_PostJsonAndForm_SameAsGet()
    {
        var (status, body) = await PostAsync(Anonymous, "package_show", new { id = fixture.OpenCode });
        using var form = new FormUrlEncodedContent([new("id", fixture.OpenCode)]);
        var formResponse = await Anonymous.PostAsync("/api/3/action/package_show", form);
        var formBody = JsonDocument.Parse(await formResponse.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(200, status);
        Assert.Equal(fixture.OpenCode, body.GetProperty("result").GetProperty("id").GetString());
        Assert.Equal(fixture.OpenCode, formBody.GetProperty("result").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Post_BodyNotAnObject_BadRequest()
    {
        using var content = new StringContent("[1]", System.Text.Encoding.UTF8, "application/json");
        var response = await Anonymous.PostAsync("/api/3/action/package_search", content);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.StartsWith("\"Bad request - JSON Error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackageSearch_RowsAndStart_WindowOfTheSameOrder()
    {
        var all = await ResultAsync(Anonymous, "package_search", "rows=30&sort=" + Q("metadata_modified desc"));
        var window = await ResultAsync(Anonymous, "package_search", "rows=5&start=7&sort=" + Q("metadata_modified desc"));

        Assert.Equal(all.GetProperty("count").GetInt32(), window.GetProperty("count").GetInt32());
        Assert.Equal(Names(all).Skip(7).Take(5), Names(window));
        var modified = all.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("metadata_modified").GetString()).ToList();
        Assert.Equal(modified.OrderDescending(StringComparer.Ordinal), modified);
        Assert.Equal("metadata_modified desc", all.GetProperty("sort").GetString());
    }

    [Fact]
    public async Task PackageSearch_Anonymous_NeverReturnsClosedData()
    {
        var result = await ResultAsync(Anonymous, "package_search", "rows=1000");
        var withToken = await ResultAsync(fixture.Developer, "package_search", "rows=0");

        Assert.All(result.GetProperty("results").EnumerateArray(), p => Assert.False(p.GetProperty("private").GetBoolean()));
        Assert.True(withToken.GetProperty("count").GetInt32() > result.GetProperty("count").GetInt32());
        Assert.Equal(0, withToken.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task PackageSearch_Q_FindsByTitleWord()
    {
        var title = fixture.Open.GetProperty("metadata").GetProperty("name").GetString()!;

        var result = await ResultAsync(Anonymous, "package_search", "q=" + Q(title) + "&sort=" + Q("score desc"));

        Assert.Equal(fixture.OpenCode, result.GetProperty("results")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task PackageSearch_FqOrganizationWithFacets_OnlyThatOrganization()
    {
        var org = (await ResultAsync(Anonymous, "package_show", "id=" + fixture.OpenCode)).GetProperty("organization").GetProperty("name").GetString()!;

        var result = await ResultAsync(Anonymous, "package_search",
            $"fq={Q("organization:" + org)}&rows=100&facet.field={Q("[\"organization\",\"groups\"]")}");

        Assert.True(result.GetProperty("count").GetInt32() >= 1);
        Assert.All(result.GetProperty("results").EnumerateArray(), p => Assert.Equal(org, p.GetProperty("organization").GetProperty("name").GetString()));
        var items = result.GetProperty("search_facets").GetProperty("organization").GetProperty("items");
        Assert.Equal(org, Assert.Single(items.EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(result.GetProperty("count").GetInt32(), result.GetProperty("facets").GetProperty("organization").GetProperty(org).GetInt32());
        Assert.True(result.GetProperty("search_facets").GetProperty("groups").GetProperty("items").GetArrayLength() >= 0);
    }

    [Fact]
    public async Task PackageSearch_FqGroups_EveryResultInThatGroup()
    {
        var group = (await ResultAsync(Anonymous, "package_show", "id=" + fixture.OpenCode)).GetProperty("groups")[0].GetProperty("name").GetString()!;

        var result = await ResultAsync(Anonymous, "package_search", $"fq={Q("groups:" + group)}&rows=100&facet.field={Q("[\"groups\"]")}");

        Assert.Contains(fixture.OpenCode, Names(result));
        Assert.All(result.GetProperty("results").EnumerateArray(), p => Assert.Contains(p.GetProperty("groups").EnumerateArray(), g => g.GetProperty("name").GetString() == group));
        Assert.Equal(result.GetProperty("count").GetInt32(), result.GetProperty("facets").GetProperty("groups").GetProperty(group).GetInt32());
    }

    [Fact]
    public async Task PackageSearch_FqTagsAndResFormat_FilteredAndFacetsCounted()
    {
        var tag = fixture.Open.GetProperty("metadata").GetProperty("tags")[0].GetString()!;

        var tagged = await ResultAsync(Anonymous, "package_search", $"fq={Q($"tags:\"{tag}\"")}&rows=1000&facet.field={Q("[\"tags\",\"res_format\"]")}");
        var csv = await ResultAsync(Anonymous, "package_search", $"fq={Q("res_format:CSV")}&rows=1000");

        Assert.Contains(fixture.OpenCode, Names(tagged));
        Assert.All(tagged.GetProperty("results").EnumerateArray(), p => Assert.Contains(p.GetProperty("tags").EnumerateArray(), t => t.GetProperty("name").GetString() == tag));
        Assert.Equal(tagged.GetProperty("count").GetInt32(), tagged.GetProperty("facets").GetProperty("tags").GetProperty(tag).GetInt32());
        Assert.Contains(fixture.OpenCode, Names(csv));
        Assert.All(csv.GetProperty("results").EnumerateArray(), p => Assert.True(p.GetProperty("resources")[0].GetProperty("datastore_active").GetBoolean()));
    }

    [Fact]
    public async Task PackageSearch_UnsupportedSort_ValidationError()
    {
        var (status, body) = await GetAsync(Anonymous, "package_search", "sort=" + Q("views desc"));

        Assert.Equal(409, status);
        Assert.True(body.GetProperty("error").TryGetProperty("sort", out _));
    }

    [Fact]
    public async Task PackageSearch_PostJson_SameAsGet()
    {
        var (status, body) = await PostAsync(Anonymous, "package_search", new { rows = 2, start = 1, sort = "name asc", facet_field = "ignored" });
        var get = await ResultAsync(Anonymous, "package_search", "rows=2&start=1&sort=" + Q("name asc"));

        Assert.Equal(200, status);
        Assert.Equal(Names(get), Names(body.GetProperty("result")));
    }

    [Fact]
    public async Task OrganizationList_AllFields_CountsAddUpToPackageList()
    {
        var orgs = await ResultAsync(Anonymous, "organization_list", "all_fields=true");
        var names = await ResultAsync(Anonymous, "organization_list");
        var packages = await ResultAsync(Anonymous, "package_list");

        Assert.Equal(packages.GetArrayLength(), orgs.EnumerateArray().Sum(o => o.GetProperty("package_count").GetInt32()));
        Assert.Equal(orgs.GetArrayLength(), names.GetArrayLength());
        Assert.All(orgs.EnumerateArray(), o => Assert.True(o.GetProperty("is_organization").GetBoolean()));
    }

    [Fact]
    public async Task OrganizationShow_ByName_AndUnknown404()
    {
        var org = (await ResultAsync(Anonymous, "package_show", "id=" + fixture.OpenCode)).GetProperty("organization").GetProperty("name").GetString()!;

        var shown = await ResultAsync(Anonymous, "organization_show", "id=" + org);
        var (status, body) = await GetAsync(Anonymous, "organization_show", "id=nobody");

        Assert.Equal(org, shown.GetProperty("name").GetString());
        Assert.True(shown.GetProperty("package_count").GetInt32() >= 1);
        Assert.Equal(404, status);
        Assert.Equal("Not Found Error", body.GetProperty("error").GetProperty("__type").GetString());
    }

    [Fact]
    public async Task GroupList_AllFields_ThemesWithCounts()
    {
        var groups = await ResultAsync(Anonymous, "group_list", "all_fields=true");
        var names = await ResultAsync(Anonymous, "group_list");

        Assert.Equal(20, groups.GetArrayLength());
        Assert.Contains(groups.EnumerateArray(), g => g.GetProperty("title").GetString() == "生态环境" && g.GetProperty("name").GetString() == "environment");
        Assert.Contains(groups.EnumerateArray(), g => g.GetProperty("package_count").GetInt32() > 0);
        Assert.Equal(names.EnumerateArray().Select(n => n.GetString()).Order(StringComparer.Ordinal), names.EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task TagList_ContainsTagsOfOpenPackages()
    {
        var tag = fixture.Open.GetProperty("metadata").GetProperty("tags")[0].GetString()!;

        var tags = await ResultAsync(Anonymous, "tag_list");
        var query = await ResultAsync(Anonymous, "tag_list", "query=" + Q(tag));

        Assert.Contains(tags.EnumerateArray(), t => t.GetString() == tag);
        Assert.All(query.EnumerateArray(), t => Assert.Contains(tag, t.GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ResourceShow_OpenResource_DatastoreActiveAndUnknown404()
    {
        var r = await ResultAsync(Anonymous, "resource_show", "id=" + fixture.OpenCode);
        var (status, _) = await GetAsync(Anonymous, "resource_show", "id=999999999-999999");

        Assert.Equal(fixture.OpenCode, r.GetProperty("package_id").GetString());
        Assert.True(r.GetProperty("datastore_active").GetBoolean());
        Assert.Equal(OpenDataFixture.Rows, r.GetProperty("row_count").GetInt64());
        Assert.Equal(404, status);
    }

    private static IEnumerable<string> Names(JsonElement result) =>
        result.GetProperty("results").EnumerateArray().Select(p => p.GetProperty("name").GetString()!);
}
