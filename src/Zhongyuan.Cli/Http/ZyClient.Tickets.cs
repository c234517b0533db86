using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zhongyuan.Cli.Http;

/// <summary>The correction-ticket calls.</summary>
internal sealed partial class ZyClient
{
    public Task<JsonElement> TicketsAsync(long? department, string? status, bool overdue, bool mine, int? limit, CancellationToken ct) =>
        GetAsync(QueryString.Build("api/v1/tickets", ("department", department?.ToString(CultureInfo.InvariantCulture)), ("status", status),
            ("overdue", overdue ? "true" : null), ("mine", mine ? "true" : null), ("limit", Invariant(limit))), ct);

    public Task<JsonElement> TicketAsync(long id, CancellationToken ct) =>
        GetAsync("api/v1/tickets/" + id.ToString(CultureInfo.InvariantCulture), ct);

    public Task<JsonElement> AcceptTicketAsync(long id, int version, string? note, CancellationToken ct) =>
        PostJsonAsync($"api/v1/tickets/{id.ToString(CultureInfo.InvariantCulture)}/accept",
            new JsonObject { ["fixedInVersion"] = version, ["note"] = note }.ToJsonString(), ct);

    public Task<JsonElement> RejectTicketAsync(long id, string reason, CancellationToken ct) =>
        PostJsonAsync($"api/v1/tickets/{id.ToString(CultureInfo.InvariantCulture)}/reject", new JsonObject { ["reason"] = reason }.ToJsonString(), ct);
}
