using System.Net.Http.Headers;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Identity;
using Zhongyuan.Storage;

namespace Zhongyuan.Tests.Api;

/// <summary>Audit administrators for tests: a user with the AuditAdministrator role and an API token (no scopes needed).</summary>
internal static class AuditAdmins
{
    public static async Task<string> CreateTokenAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<Database>();
        long id;
        await using (var c = await db.OpenAsync())
        {
            id = await c.ExecuteScalarAsync<long>(db.Sql("Identity/Sql/InsertUser"), new
            {
                Username = "auditor-" + Guid.NewGuid().ToString("N")[..8], DisplayName = "审计管理员", PasswordHash = "-",
                Role = nameof(Role.AuditAdministrator), DepartmentId = (long?)null, MustChangePassword = false, CreatedAt = TimeProvider.System.GetUtcNow(),
            });
        }
        return await services.GetRequiredService<IdentityStore>().CreateTokenAsync(id, "audit", "", null);
    }

    public static async Task<HttpClient> CreateClientAsync(ZhongyuanFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await CreateTokenAsync(factory.Services));
        return client;
    }
}
