using System.Globalization;

namespace Zhongyuan.Catalog;

/// <summary>
/// 信息资源代码: the nine-digit classification code, a dash, and a six-digit sequence unique within
/// the classification (<c>101001000-000001</c>). Every code has the same 16 characters; the dash keeps
/// codes safe in URLs, where the 编制指南's slash would not be.
/// </summary>
public static class ResourceCode
{
    /// <summary>The number of characters of every code.</summary>
    public const int Length = 16;

    /// <summary>The largest sequence number a classification can hold.</summary>
    public const int MaxSequence = 999_999;

    /// <summary>Formats a code.</summary>
    public static string Format(Classification classification, long sequence) =>
        sequence is < 1 or > MaxSequence
            ? throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "A sequence number has six digits.")
            : string.Create(CultureInfo.InvariantCulture, $"{classification.Code}-{sequence:000000}");

    /// <summary>Whether a text has the shape of a resource code.</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code[9] == '-' && code.AsSpan(0, 9).ContainsAnyExceptInRange('0', '9') is false
        && code.AsSpan(10).ContainsAnyExceptInRange('0', '9') is false && code[0] is >= '1' and <= '3';
}
