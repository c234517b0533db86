using System.Net;
using System.Net.Http.Json;
using Zhongyuan.Identity;

namespace Zhongyuan.Tests.Api;

/// <summary>Each role (and the anonymous caller) against each identity endpoint: the exact answer expected.</summary>
public sealed class IdentityAuthorizationMatrixTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    private const HttpStatusCode Refused = HttpStatusCode.Forbidden;

    public static TheoryData<string> Callers
    {
        get
        {
            var data = new TheoryData<string> { "Anonymous" };
            foreach (var role in Enum.GetNames<Role>())
            {
                data.Add(role);
            }
            return data;
        }
    }

    [Theory, MemberData(nameof(Callers))]
    public async Task Endpoints_ByRole_AllowedOrRefused(string caller)
    {
        Role? role = caller == "Anonymous" ? null : Enum.Parse<Role>(caller);
        var client = role is { } r ? await factory.CreateClientForAsync(r) : factory.CreateClient();
        var failures = new List<string>();

        foreach (var (name, call, expected) in Cases(role))
        {
            var target = await factory.CreateAccountAsync(Role.DepartmentUser);
            var status = (await call(client, target.Id)).StatusCode;
            var want = role is null ? HttpStatusCode.Unauthorized : expected;
            if (status != want)
            {
                failures.Add($"{caller} {name}: {(int)status}, expected {(int)want}");
            }
        }

        Assert.Empty(failures);
    }

    private static IEnumerable<(string Name, Func<HttpClient, long, Task<HttpResponseMessage>> Call, HttpStatusCode Expected)> Cases(Role? role)
    {
        bool Is(params Role[] roles) => role is { } r && roles.Contains(r);
        HttpStatusCode When(bool allowed, HttpStatusCode ok) => allowed ? ok : Refused;
        var system = Is(Role.SystemAdministrator);
        var security = Is(Role.SecurityAdministrator);

        yield return ("GET /roles", (c, _) => c.GetAsync("/api/v1/roles"), HttpStatusCode.OK);
        yield return ("GET /users", (c, _) => c.GetAsync("/api/v1/users"), When(system || security, HttpStatusCode.OK));
        yield return ("GET /users/{id}", (c, id) => c.GetAsync($"/api/v1/users/{id}"), When(system || security, HttpStatusCode.OK));
        yield return ("POST /users", (c, _) => c.PostAsJsonAsync("/api/v1/users",
            new { username = "m" + Guid.NewGuid().ToString("N")[..10], displayName = "矩阵", role = "Developer" }), When(system, HttpStatusCode.Created));
        yield return ("PATCH /users/{id}", (c, id) => c.PatchAsJsonAsync($"/api/v1/users/{id}", new { displayName = "改名" }), When(system, HttpStatusCode.OK));
        yield return ("PUT /users/{id}/role", (c, id) => c.PutAsJsonAsync($"/api/v1/users/{id}/role", new { role = "Analyst" }), When(security, HttpStatusCode.OK));
        yield return ("POST /users/{id}/roles", (c, id) => c.PostAsJsonAsync($"/api/v1/users/{id}/roles", new { role = "Analyst" }), When(security, HttpStatusCode.Conflict));
        yield return ("POST /users/{id}/disable", (c, id) => c.PostAsync($"/api/v1/users/{id}/disable", null), When(system, HttpStatusCode.OK));
        yield return ("POST /users/{id}/enable", (c, id) => c.PostAsync($"/api/v1/users/{id}/enable", null), When(system, HttpStatusCode.OK));
        yield return ("POST /users/{id}/password-reset", (c, id) => c.PostAsync($"/api/v1/users/{id}/password-reset", null),
            system ? HttpStatusCode.OK : security ? HttpStatusCode.Conflict : Refused);
        yield return ("GET /auth/me", (c, _) => c.GetAsync("/api/v1/auth/me"), HttpStatusCode.OK);
        yield return ("POST /auth/password", (c, _) => c.PostAsJsonAsync("/api/v1/auth/password", new { current = "wrong", @new = "Henan-2026-data" }), HttpStatusCode.BadRequest);
        yield return ("GET /auth/tokens", (c, _) => c.GetAsync("/api/v1/auth/tokens"), HttpStatusCode.OK);
        yield return ("POST /auth/tokens", (c, _) => c.PostAsJsonAsync("/api/v1/auth/tokens",
            new { name = "m", scopes = role is { } r ? new[] { RoleScopes.Joined(r).Split(' ')[0] } : ["catalog:read"], expiresInDays = 1 }), HttpStatusCode.Created);
        yield return ("DELETE /auth/tokens/{id}", (c, _) => c.DeleteAsync("/api/v1/auth/tokens/987654321"), HttpStatusCode.NotFound);
    }
}
