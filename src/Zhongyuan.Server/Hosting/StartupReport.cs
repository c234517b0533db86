using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Zhongyuan.Identity;

namespace Zhongyuan.Server.Hosting;

/// <summary>What <c>zy serve</c> prints at start: the addresses, and the first administrator's credentials once.</summary>
internal static class StartupReport
{
    public static void PrintListening(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"中原数据平台已启动 Zhongyuan is listening on {address}");
            Console.WriteLine($"  门户 Portal: {address}/   API 文档 API docs: {address}/api/docs");
        }
    }

    public static void PrintBootstrap(BootstrapCredentials credentials)
    {
        Console.WriteLine("首次启动，已创建系统管理员（仅显示这一次，请妥善保存）");
        Console.WriteLine("First start: the system administrator was created (shown only this once; keep it safe)");
        Console.WriteLine($"  用户名 Username: {credentials.Username}");
        Console.WriteLine($"  初始密码 Initial password: {credentials.Password}");
        Console.WriteLine($"  API 令牌 API token: {credentials.Token}");
        Console.WriteLine($"  export ZY_TOKEN={credentials.Token}");
    }
}
