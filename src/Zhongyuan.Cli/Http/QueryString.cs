using System.Text;

namespace Zhongyuan.Cli.Http;

/// <summary>Appends the given parameters to a path, skipping empty ones.</summary>
internal static class QueryString
{
    public static string Build(string path, params (string Name, string? Value)[] parameters)
    {
        var url = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in parameters.Where(p => !string.IsNullOrEmpty(p.Value)))
        {
            url.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value!));
            separator = '&';
        }
        return url.ToString();
    }
}
