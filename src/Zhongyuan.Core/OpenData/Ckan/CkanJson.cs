using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Zhongyuan.OpenData.Ckan;

/// <summary>CKAN's JSON shape: snake_case names, nulls written (CKAN sends them), Chinese unescaped.</summary>
public static class CkanJson
{
    /// <summary>The options; frozen, safe to share.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>A time as CKAN writes it: UTC without an offset, microseconds (<c>2024-05-01T08:30:00.000000</c>).</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
