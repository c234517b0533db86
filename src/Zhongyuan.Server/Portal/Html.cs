using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// Writes an HTML page. Every text and attribute value goes through the encoder; only <see cref="Raw"/> writes markup
/// as is, and it is used for the page's own literal tags and for search highlights, which Lucene already encoded.
/// </summary>
internal sealed class Html
{
    // Keeps Chinese readable in the source while still escaping < > & " ' and control characters.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _out = new(16 * 1024);

    /// <summary>Writes trusted markup.</summary>
    public Html Raw(string markup)
    {
        _out.Append(markup);
        return this;
    }

    /// <summary>Writes encoded text.</summary>
    public Html Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encoder.Encode(new StringWriter(_out, CultureInfo.InvariantCulture), text);
        }
        return this;
    }

    /// <summary>Writes a number with thousands separators.</summary>
    public Html Number(long value) => Text(value.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>Writes <c>&lt;tag attr…&gt;text&lt;/tag&gt;</c> with the text encoded.</summary>
    public Html Element(string tag, string? text, string? cssClass = null) =>
        Raw("<" + tag).Attr("class", cssClass).Raw(">").Text(text).Raw("</" + tag + ">");

    /// <summary>Writes an attribute (with a leading space) when the value is not null.</summary>
    public Html Attr(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }
        _out.Append(' ').Append(name).Append("=\"");
        Text(value);
        _out.Append('"');
        return this;
    }

    /// <summary>Writes a link.</summary>
    public Html Link(string href, string text, string? cssClass = null, string? current = null) =>
        Raw("<a").Attr("href", href).Attr("class", cssClass).Attr("aria-current", current).Raw(">").Text(text).Raw("</a>");

    /// <summary>Encodes a text as an attribute or element value.</summary>
    public static string Encode(string text) => Encoder.Encode(text);

    public override string ToString() => _out.ToString();
}
