using System.Text.Json;
using static Zhongyuan.Tests.OpenData.Ckan;

namespace Zhongyuan.Tests.OpenData;

public sealed class DatastoreSearchTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    private HttpClient Anonymous => fixture.Factory.CreateClient();

    private string Text => OpenDataFixture.TextItem(fixture.Open);

    [Fact]
    public async Task DatastoreSearch_Defaults_AllRowsFieldsTypesAndTotal()
    {
        var r = await ResultAsync(Anonymous, "datastore_search", "resource_id=" + fixture.OpenCode);

        Assert.Equal(OpenDataFixture.Rows, r.GetProperty("total").GetInt64());
        Assert.Equal(OpenDataFixture.Rows, r.GetProperty("records").GetArrayLength());
        Assert.Equal(100, r.GetProperty("limit").GetInt32());
        var items = OpenDataFixture.Items(fixture.Open).ToList();
        Assert.Equal(items.Select(i => i.GetProperty("name").GetString()), r.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        var expected = items.Select(i => i.GetProperty("dataType").GetString() switch
        {
            "integer" => "int", "decimal" => "numeric", "date" => "date", "timestamp" => "timestamp", "boolean" => "bool", _ => "text",
        });
        Assert.Equal(expected, r.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("type").GetString()));
        Assert.Contains("offset=100", r.GetProperty("_links").GetProperty("next").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatastoreSearch_Filters_ExactMatchAndListIsAny()
    {
        var one = await ResultAsync(Anonymous, "datastore_search", $"resource_id={fixture.OpenCode}&filters={Q(JsonSerializer.Serialize(new Dictionary<string, object> { [Text] = "值7" }))}");
        var two = await ResultAsync(Anonymous, "datastore_search", $"resource_id={fixture.OpenCode}&filters={Q(JsonSerializer.Serialize(new Dictionary<string, object> { [Text] = new[] { "值7", "值8" } }))}");

        Assert.Equal(1, one.GetProperty("total").GetInt64());
        Assert.Equal("值7", one.GetProperty("records")[0].GetProperty(Text).GetString());
        Assert.Equal(2, two.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task DatastoreSearch_Q_MatchesTextColumns()
    {
        var r = await ResultAsync(Anonymous, "datastore_search", $"resource_id={fixture.OpenCode}&q={Q("值1")}");

        // 值1 and 值10–值19.
        Assert.Equal(11, r.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task DatastoreSearch_FieldsSortLimitOffset_Page()
    {
        var r = await ResultAsync(Anonymous, "datastore_search",
            $"resource_id={fixture.OpenCode}&fields={Q(Text)}&sort={Q($"\"{Text}\" desc")}&limit=3&offset=1");

        Assert.Equal(Text, Assert.Single(r.GetProperty("fields").EnumerateArray()).GetProperty("id").GetString());
        var values = r.GetProperty("records").EnumerateArray().Select(x => x.GetProperty(Text).GetString()!).ToList();
        var all = Enumerable.Range(1, OpenDataFixture.Rows).Select(i => "值" + i).OrderDescending(StringComparer.Ordinal).ToList();
        Assert.Equal(all.Skip(1).Take(3), values);
        Assert.Equal(OpenDataFixture.Rows, r.GetProperty("total").GetInt64());
        Assert.Single(r.GetProperty("records")[0].EnumerateObject());
    }

    [Fact]
    public async Task DatastoreSearch_IncludeTotalFalse_NoTotal()
    {
        var (_, body) = await PostAsync(Anonymous, "datastore_search", new { resource_id = fixture.OpenCode, include_total = false, limit = 2 });

        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("result").GetProperty("total").ValueKind);
        Assert.Equal(2, body.GetProperty("result").GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task DatastoreSearch_ConditionalAnonymously_AuthorizationError403()
    {
        var (status, body) = await GetAsync(Anonymous, "datastore_search", "resource_id=" + fixture.ConditionalCode);

        Assert.Equal(403, status);
        Assert.Equal("Authorization Error", body.GetProperty("error").GetProperty("__type").GetString());
    }

    [Fact]
    public async Task DatastoreSearch_ConditionalWithDataRead_Readable()
    {
        var r = await ResultAsync(fixture.Analyst, "datastore_search", "resource_id=" + fixture.ConditionalCode);

        Assert.Equal(OpenDataFixture.Rows, r.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task DatastoreSearch_CkanStyleBareToken_Accepted()
    {
        var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", fixture.Factory.Token);

        var r = await ResultAsync(client, "datastore_search", "resource_id=" + fixture.ConditionalCode);

        Assert.Equal(OpenDataFixture.Rows, r.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task DatastoreSearch_UnknownColumn_ValidationError()
    {
        var (status, body) = await GetAsync(Anonymous, "datastore_search", $"resource_id={fixture.OpenCode}&fields=nosuchcolumn");

        Assert.Equal(409, status);
        Assert.Equal("Validation Error", body.GetProperty("error").GetProperty("__type").GetString());
    }

    [Fact]
    public async Task DatastoreSearch_MissingResourceId_ValidationAndUnknown404()
    {
        var (missing, _) = await GetAsync(Anonymous, "datastore_search");
        var (unknown, _) = await GetAsync(Anonymous, "datastore_search", "resource_id=999999999-999999");

        Assert.Equal(409, missing);
        Assert.Equal(404, unknown);
    }
}
