using System.CommandLine;

namespace Zhongyuan.Cli.Commands;

/// <summary>The command tree of <c>zy</c>.</summary>
internal static class RootCommandBuilder
{
    public static RootCommand Build(CliContext context)
    {
        var t = context.Text;
        var global = new GlobalOptions(context);
        var runner = new ClientRunner(context, global);
        return new RootCommand(t["中原政务数据平台命令行工具", "Zhongyuan government data platform command line"])
        {
            ServeCommand.Create(context),
            DemoCommand.Create(context),
            global.Attach(ResourcesCommand.Create(runner)),
            global.Attach(DepartmentsCommand.Create(runner)),
            global.Attach(CatalogCommand.Create(runner)),
            global.Attach(IngestCommand.Create(runner)),
            global.Attach(TicketsCommand.Create(runner)),
            global.Attach(AuditCommand.Create(runner)),
            global.Attach(UsersCommand.Create(runner)),
        };
    }
}
