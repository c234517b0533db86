using System.Text;

namespace Zhongyuan.OpenData.Rdf;

/// <summary>
/// An RDF term: an <see cref="Iri"/> or a <see cref="Literal"/>. Both are normalised when made, so that every
/// serialisation carries exactly the same graph: IRIs have characters RDF forbids percent-encoded, literals drop
/// the characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage return; lone surrogates).
/// </summary>
public abstract record RdfTerm
{
    private protected RdfTerm()
    {
    }

    /// <summary>An absolute IRI.</summary>
    public sealed record Iri : RdfTerm
    {
        /// <summary>Makes an IRI, percent-encoding spaces, controls and <c>&lt;&gt;"{}|^`\</c>.</summary>
        public Iri(string value) => Value = Normalise(value);

        /// <summary>The IRI.</summary>
        public string Value { get; }

        private static string Normalise(string value)
        {
            if (!value.Any(Forbidden))
            {
                return value;
            }
            var sb = new StringBuilder();
            foreach (var c in value)
            {
                if (Forbidden(c))
                {
                    foreach (var b in Encoding.UTF8.GetBytes([c]))
                    {
                        sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }
            return sb.ToString();
        }

        private static bool Forbidden(char c) => c <= ' ' || c == '\u007f' || "<>\"{}|^`\\".Contains(c, StringComparison.Ordinal);
    }

    /// <summary>A literal, with a language tag or a datatype IRI (neither: a plain string).</summary>
    public sealed record Literal : RdfTerm
    {
        /// <summary>Makes a literal; characters XML 1.0 cannot carry are dropped.</summary>
        public Literal(string value, string? language = null, string? datatype = null)
        {
            Value = Clean(value);
            Language = language;
            Datatype = datatype;
        }

        /// <summary>The lexical form.</summary>
        public string Value { get; }

        /// <summary>The language tag, e.g. <c>zh</c>.</summary>
        public string? Language { get; }

        /// <summary>The datatype IRI, e.g. <c>xsd:dateTime</c> expanded.</summary>
        public string? Datatype { get; }

        private static string Clean(string value)
        {
            var sb = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    sb.Append(c).Append(value[++i]);
                }
                else if (!char.IsSurrogate(c) && (c >= ' ' || c is '\t' or '\n' or '\r') && c is not ('\uFFFE' or '\uFFFF'))
                {
                    sb.Append(c);
                }
            }
            return sb.ToString();
        }
    }
}
