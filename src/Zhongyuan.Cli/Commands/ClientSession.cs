using Zhongyuan.Cli.Http;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

/// <summary>What a client verb works with: the API, the terminal and whether to print raw JSON.</summary>
internal sealed record ClientSession(ZyClient Client, Terminal Out, bool Json)
{
    public Localizer T => Out.Text;
}
