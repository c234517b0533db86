using System.CommandLine;
using Zhongyuan.Cli.Commands;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli;

/// <summary>The <c>zy</c> entry point, callable in-process by tests with their own writers and environment.</summary>
internal static class Cli
{
    /// <summary>Parses and runs one command line; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where messages about failures go (standard error).</param>
    /// <param name="env">Environment variables; null reads the process environment.</param>
    /// <param name="ct">Cancels the command.</param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, IDictionary<string, string?>? env = null, CancellationToken ct = default)
    {
        var environment = new CliEnvironment(env);
        var context = new CliContext(output, error, environment, HelpLanguage(args, environment));
        var parsed = RootCommandBuilder.Build(context).Parse(args);
        // Give `zy serve` time to shut down gracefully after Ctrl+C before the process is torn down.
        var invocation = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TimeSpan.FromSeconds(30) };
        var code = await parsed.InvokeAsync(invocation, ct).ConfigureAwait(false);
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
    }

    /// <summary>The language of help texts, known before parsing: <c>--lang</c> on the line, else ZY_LANG.</summary>
    private static Localizer HelpLanguage(string[] args, CliEnvironment environment)
    {
        var index = Array.LastIndexOf(args, "--lang");
        var inline = args.LastOrDefault(a => a.StartsWith("--lang=", StringComparison.Ordinal));
        return Localizer.For(index >= 0 && index + 1 < args.Length ? args[index + 1] : inline?["--lang=".Length..] ?? environment.Get("ZY_LANG"));
    }
}
