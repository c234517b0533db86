using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Audit;

namespace Zhongyuan.Tests.Sharing;

/// <summary>The aggregate endpoint under an application's grant: granted items only, masked values stay masked, audited.</summary>
public sealed class AggregateGrantTests(SharingFixture f) : IClassFixture<SharingFixture>
{
    private string Aggregate => $"/api/v1/resources/{f.Code}/rows/aggregate";

    [Fact]
    public async Task Aggregate_AdminCountByRegion_GroupsEveryRow()
    {
        var body = await (await f.Admin().GetAsync(Aggregate + "?category=行政区划代码")).Content.ReadFromJsonAsync<JsonElement>();

        var groups = body.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("category").GetString()!, g => g.GetProperty("value").GetDouble(), StringComparer.Ordinal);
        Assert.Equal(new Dictionary<string, double>(StringComparer.Ordinal) { ["410102"] = 10, ["410105"] = 10 }, groups);
        Assert.Equal("count", body.GetProperty("function").GetString());
        Assert.False(body.GetProperty("more").GetBoolean());
    }

    [Fact]
    public async Task Aggregate_NoGrant_Forbidden() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await f.App(2101).GetAsync(Aggregate + "?category=行政区划代码")).StatusCode);

    [Fact]
    public async Task Aggregate_NonGrantedItem_ForbiddenNamingIt()
    {
        f.Grant(2102, application: 2102, items: ["姓名", "行政区划代码"]);

        var response = await f.App(2102).GetAsync(Aggregate + "?category=备注");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("备注", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregate_MaskedCategory_GroupsByMaskedValuesOnlyAndIsAudited()
    {
        f.Grant(2103, application: 2103);

        var response = await f.App(2103).GetAsync(Aggregate + "?category=姓名&limit=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var categories = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("groups").EnumerateArray()
            .Select(g => g.GetProperty("category").GetString()!).ToList();
        Assert.NotEmpty(categories);
        Assert.DoesNotContain(categories, c => f.Raw["姓名"].Contains(c, StringComparer.Ordinal));
        var audit = f.Services.GetRequiredService<AuditLog>();
        await audit.FlushAsync();
        var events = (await f.Services.GetRequiredService<AuditTrail>().QueryAsync(new AuditQuery(ResourceCode: f.Code), limit: 1000)).Items;
        Assert.Contains(events, e => e.ApplicationId == 2103 && e.Result == AuditOutcome.Ok && e.Items!.SequenceEqual(["姓名"]));
    }

    [Fact]
    public async Task Aggregate_SumOverMaskedItem_RefusedAsNotNumeric()
    {
        f.Grant(2104, application: 2104);

        var response = await f.App(2104).GetAsync(Aggregate + "?category=行政区划代码&fn=sum&value=银行卡号");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("value_not_numeric", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregate_UnknownFunction_BadRequest() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await f.Admin().GetAsync(Aggregate + "?category=姓名&fn=max")).StatusCode);
}
