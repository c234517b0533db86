using System.Text;
using Lucene.Net.Search.Highlight;

namespace Zhongyuan.Search;

/// <summary>
/// Escapes the five HTML-special characters and nothing else. Lucene's <see cref="SimpleHTMLEncoder"/> also turns
/// every non-ASCII character into a numeric entity, which would make Chinese text eight times longer.
/// </summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    /// <summary>The shared instance; the encoder has no state.</summary>
    public static HtmlTextEncoder Instance { get; } = new();

    /// <inheritdoc />
    public string EncodeText(string originalText)
    {
        if (originalText.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return originalText;
        }
        var builder = new StringBuilder(originalText.Length + 16);
        foreach (var c in originalText)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }
        return builder.ToString();
    }
}
