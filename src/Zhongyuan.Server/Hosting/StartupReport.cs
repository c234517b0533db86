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
            Console.WriteLine($"  API 文档 API docs: {address}/api/docs   健康检查 Health: {address}/healthz");
        }
    }

    public static void PrintBootstrap(BootstrapCredentials credentials)
    {
        Console.WriteLine("首次启动，已创建三员账户（仅显示这一次，请妥善保存；首次登录须修改初始密码）");
        Console.WriteLine("First start: the three administrator accounts were created (shown only this once; keep them safe; each must change its initial password at first sign-in)");
        foreach (var account in credentials.Accounts)
        {
            var label = Localization.Labels.Of(account.Role);
            Console.WriteLine($"  {label.Zh} {label.En}: 用户名 Username {account.Username}  初始密码 Initial password {account.Password}");
        }
        Console.WriteLine($"  系统管理员 API 令牌 System administrator's API token: {credentials.Token}");
        Console.WriteLine($"  export ZY_TOKEN={credentials.Token}");
    }
}
