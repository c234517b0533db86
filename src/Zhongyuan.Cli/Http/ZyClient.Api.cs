using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zhongyuan.Cli.Http;

/// <summary>The typed calls, one per endpoint the CLI uses.</summary>
internal sealed partial class ZyClient
{
    public Task<JsonElement> HealthAsync(CancellationToken ct) => GetAsync("healthz", ct);

    public Task<JsonElement> RegionsAsync(string? level, string? parent, CancellationToken ct) =>
        GetAsync(QueryString.Build("api/v1/regions", ("level", level), ("parent", parent)), ct);

    public Task<JsonElement> DepartmentsAsync(string? level, string? region, CancellationToken ct) =>
        GetAsync(QueryString.Build("api/v1/departments", ("level", level), ("region", region)), ct);

    public Task<JsonElement> ResourcesAsync(string? status, long? provider, string? after, int? limit, CancellationToken ct) =>
        GetAsync(QueryString.Build("api/v1/resources", ("status", status), ("provider", Invariant(provider)),
            ("after", after), ("limit", Invariant(limit))), ct);

    public Task<JsonElement> SearchAsync(SearchRequest q, CancellationToken ct) =>
        GetAsync(QueryString.Build("api/v1/resources/search", ("q", q.Query), ("provider", q.Provider), ("region", q.Region),
            ("shareType", q.ShareType), ("openType", q.OpenType), ("theme", q.Theme), ("status", q.Status), ("sort", q.Sort),
            ("page", Invariant(q.Page)), ("pageSize", Invariant(q.PageSize))), ct);

    public Task<JsonElement> ResourceAsync(string code, CancellationToken ct) =>
        GetAsync("api/v1/resources/" + Uri.EscapeDataString(code), ct);

    public Task<JsonElement> CreateResourceAsync(JsonObject body, CancellationToken ct) =>
        PostJsonAsync("api/v1/resources", body.ToJsonString(), ct);

    /// <summary>One lifecycle step: <c>submit</c>, <c>withdraw</c>, <c>publish</c> or <c>retire</c>.</summary>
    public Task<JsonElement> StepAsync(string code, string step, string? note, CancellationToken ct) =>
        PostJsonAsync($"api/v1/resources/{Uri.EscapeDataString(code)}/{step}", new JsonObject { ["note"] = note }.ToJsonString(), ct);

    public async Task<JsonElement> ImportAsync(string file, string contentType, bool publish, CancellationToken ct)
    {
        var stream = File.OpenRead(file);
        await using (stream.ConfigureAwait(false))
        {
            var content = new StreamContent(stream);
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            var path = QueryString.Build("api/v1/catalog/import", ("publish", publish ? "true" : "false"));
            return await PostAsync(path, content, ct).ConfigureAwait(false);
        }
    }

    public Task<long> ExportAsync(string file, string format, string? status, CancellationToken ct) =>
        DownloadAsync(QueryString.Build("api/v1/catalog/export", ("format", format), ("status", status)), file, ct);

    private static string Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
