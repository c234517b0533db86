namespace Zhongyuan.Cli;

/// <summary>Environment variables, from the process or (in tests) from a dictionary.</summary>
internal sealed class CliEnvironment(IDictionary<string, string?>? values)
{
    public string? Get(string name)
    {
        var value = values is null ? Environment.GetEnvironmentVariable(name) : values.TryGetValue(name, out var v) ? v : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
