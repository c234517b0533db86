namespace Zhongyuan.Tests.Cli;

/// <summary>What one run of <c>zy</c> printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);
