namespace Zhongyuan.Cli;

/// <summary>A mistake on the command line that the parser could not see, such as a missing file.</summary>
internal sealed class UsageException(string message) : Exception(message);
