namespace Zhongyuan.Ingest.Export;

/// <summary>Neutralises spreadsheet formula injection (CWE-1236) in exported text cells.</summary>
internal static class FormulaGuard
{
    /// <summary>Text starting with = + - @ tab or CR, prefixed with an apostrophe so a spreadsheet shows it as text; other text unchanged.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
