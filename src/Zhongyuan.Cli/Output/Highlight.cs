using System.Net;
using System.Text;
using Spectre.Console;

namespace Zhongyuan.Cli.Output;

/// <summary>Turns the server's HTML-escaped snippets with matches in <c>&lt;em&gt;</c> into Spectre markup.</summary>
internal static class Highlight
{
    private const string Open = "<em>";
    private const string Close = "</em>";

    public static string ToMarkup(string snippet)
    {
        var markup = new StringBuilder();
        var rest = snippet.AsSpan();
        while (rest.IndexOf(Open, StringComparison.Ordinal) is var start and >= 0)
        {
            markup.Append(Plain(rest[..start]));
            rest = rest[(start + Open.Length)..];
            var end = rest.IndexOf(Close, StringComparison.Ordinal);
            var match = end < 0 ? rest : rest[..end];
            markup.Append("[bold]").Append(Plain(match)).Append("[/]");
            rest = end < 0 ? [] : rest[(end + Close.Length)..];
        }
        return markup.Append(Plain(rest)).ToString();
    }

    private static string Plain(ReadOnlySpan<char> html) => Markup.Escape(WebUtility.HtmlDecode(html.ToString()));
}
