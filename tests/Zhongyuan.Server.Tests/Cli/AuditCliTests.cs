using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Audit;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Api;
using ZyCli = Zhongyuan.Cli.Cli;

namespace Zhongyuan.Tests.Cli;

public sealed class AuditCliTests(CliServer server) : IClassFixture<CliServer>
{
    private async Task<CliResult> RunAsync(string? token, params string[] args)
    {
        var env = new Dictionary<string, string?> { ["ZY_URL"] = server.Url, ["ZY_TOKEN"] = token, ["COLUMNS"] = "200" };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ZyCli.RunAsync(args, output, error, env);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AuditVerify_IntactThenTampered_ExitsZeroThenOneNamingTheEvent()
    {
        var token = await AuditAdmins.CreateTokenAsync(server.Services);
        await RunAsync(null, "departments", "list");
        await RunAsync(null, "departments", "list");

        var intact = await RunAsync(token, "audit", "verify", "--lang", "en");
        await server.Services.GetRequiredService<AuditLog>().FlushAsync();
        var db = server.Services.GetRequiredService<Database>();
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync("DELETE FROM audit_events WHERE seq = 2");
        }
        var broken = await RunAsync(token, "audit", "verify");
        var asAdmin = await RunAsync(server.Token, "audit", "verify");

        Assert.Equal(0, intact.ExitCode);
        Assert.StartsWith("OK: the audit chain is intact", intact.Output, StringComparison.Ordinal);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("审计链已被破坏（removed）：第 2 条事件，位置 1", broken.Output, StringComparison.Ordinal);
        Assert.Equal(4, asAdmin.ExitCode);
    }
}
