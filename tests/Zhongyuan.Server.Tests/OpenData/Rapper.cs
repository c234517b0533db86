using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Zhongyuan.Tests.OpenData;

/// <summary>
/// Parses RDF with Raptor's <c>rapper</c> (Debian package raptor2-utils, installed by tests/run.sh) and returns
/// the triple count. Fails, never skips, when rapper is missing or reports an error or warning.
/// </summary>
internal static partial class Rapper
{
    public static async Task<int> CountAsync(string content, string syntax)
    {
        var (count, _) = await ParseAsync(content, syntax);
        return count;
    }

    /// <summary>The triples as sorted N-Triples lines, for comparing two serialisations exactly.</summary>
    public static async Task<IReadOnlyList<string>> NTriplesAsync(string content, string syntax)
    {
        var (_, output) = await ParseAsync(content, syntax);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
    }

    private static async Task<(int Count, string NTriples)> ParseAsync(string content, string syntax)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("zy-rdf-").FullName, "graph." + syntax);
        await File.WriteAllTextAsync(file, content);
        try
        {
            var start = new ProcessStartInfo("rapper", ["-i", syntax, "-o", "ntriples", file]) { RedirectStandardError = true, RedirectStandardOutput = true };
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (Win32Exception e)
            {
                throw new Xunit.Sdk.XunitException("rapper is not installed: install raptor2-utils (tests/run.sh does). " + e.Message);
            }
            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = await process.StandardError.ReadToEndAsync();
                var output = await stdout;
                await process.WaitForExitAsync();
                Assert.True(process.ExitCode == 0 && !stderr.Contains("Error", StringComparison.Ordinal) && !stderr.Contains("Warning", StringComparison.Ordinal),
                    $"rapper -i {syntax} rejected the document: {stderr}\n{content[..Math.Min(content.Length, 3000)]}");
                var match = Returned().Match(stderr);
                Assert.True(match.Success, "rapper printed no count: " + stderr);
                return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), output);
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [GeneratedRegex(@"returned (\d+) triple")]
    private static partial Regex Returned();
}
