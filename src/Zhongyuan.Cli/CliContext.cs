using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli;

/// <summary>What every command needs from the invocation: where to write, the environment and the help language.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, CliEnvironment Environment, Localizer Text);
