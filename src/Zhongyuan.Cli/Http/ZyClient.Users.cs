using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zhongyuan.Cli.Http;

/// <summary>The account calls of <c>zy users</c>.</summary>
internal sealed partial class ZyClient
{
    public Task<JsonElement> UsersAsync(string? query, string? role, long? department, CancellationToken ct) =>
        GetAsync(QueryString.Build("api/v1/users", ("q", query), ("role", role),
            ("department", department?.ToString(CultureInfo.InvariantCulture) ?? "")), ct);

    public Task<JsonElement> CreateUserAsync(string username, string displayName, string role, long? department, CancellationToken ct) =>
        PostJsonAsync("api/v1/users", new JsonObject
        {
            ["username"] = username, ["displayName"] = displayName, ["role"] = role, ["departmentId"] = department,
        }.ToJsonString(), ct);

    public Task<JsonElement> DisableUserAsync(long id, CancellationToken ct) =>
        PostJsonAsync(string.Create(CultureInfo.InvariantCulture, $"api/v1/users/{id}/disable"), "{}", ct);
}
