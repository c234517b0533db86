using System.CommandLine;
using System.Globalization;

namespace Zhongyuan.Cli.Commands;

/// <summary><c>zy serve</c>: hosts the server in this process until Ctrl+C.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5180";

    public static Command Create(CliContext context)
    {
        var t = context.Text;
        var data = new Option<string>("--data") { Description = t["数据目录（默认 ./zy-data）", "Data directory (default ./zy-data)"], HelpName = "DIR", DefaultValueFactory = _ => "zy-data" };
        var database = new Option<string?>("--database") { Description = t["PostgreSQL 连接地址 postgres://…（默认使用数据目录中的 SQLite）", "PostgreSQL URL postgres://… (default: SQLite in the data directory)"], HelpName = "URL" };
        var demo = new Option<bool>("--demo") { Description = t["在空平台上生成演示数据（河南省的部门和目录）", "Seed the demo province (Henan departments and catalog) on an empty platform"] };
        var urls = new Option<string>("--urls") { Description = t["监听地址", "Listening URLs"], HelpName = "URLS", DefaultValueFactory = _ => DefaultUrls };
        var persons = new Option<int?>("--demo-persons") { Description = t["演示数据中的人口数（默认 200000，0 表示只生成目录）", "Persons in the demo data (default 200000; 0 seeds the catalog only)"], HelpName = "N" };
        var seed = new Option<int?>("--seed") { Description = t["演示数据的随机种子", "Seed of the demo data generator"], HelpName = "N" };
        var command = new Command("serve", t["启动中原服务器（嵌入式存储，Ctrl+C 停止）", "Run the Zhongyuan server (embedded storage; Ctrl+C stops it)"])
        {
            data, database, demo, urls, seed, persons,
        };
        command.SetAction((result, ct) => ServeHost.RunAsync(context, ServerArguments(
            result.GetValue(data)!, result.GetValue(database), result.GetValue(demo), result.GetValue(urls)!, result.GetValue(seed), result.GetValue(persons)), ct));
        return command;
    }

    /// <summary>Translates the verb's options into the server's configuration keys.</summary>
    public static string[] ServerArguments(string data, string? database, bool demo, string urls, int? seed, int? persons = null)
    {
        List<string> args = [$"--Zhongyuan:DataDirectory={Path.GetFullPath(data)}", $"--urls={urls}"];
        if (!string.IsNullOrWhiteSpace(database))
        {
            args.Add($"--Zhongyuan:Database={database}");
        }
        if (demo)
        {
            args.Add("--Zhongyuan:Demo=true");
        }
        if (seed is { } n)
        {
            args.Add(string.Create(CultureInfo.InvariantCulture, $"--Zhongyuan:DemoSeed={n}"));
        }
        if (persons is { } p)
        {
            args.Add(string.Create(CultureInfo.InvariantCulture, $"--Zhongyuan:DemoPersons={p}"));
        }
        return [.. args];
    }
}
