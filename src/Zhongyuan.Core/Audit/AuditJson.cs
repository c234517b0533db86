using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zhongyuan.Audit;

/// <summary>The JSON settings of stored item lists: compact, Chinese kept as is (not \u escapes), so the text is stable.</summary>
internal static class AuditJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };
}
