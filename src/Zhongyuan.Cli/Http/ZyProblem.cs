using System.Net;
using System.Text.Json;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Http;

/// <summary>An RFC 9457 problem returned by the server, or one made up from a bare error status.</summary>
internal sealed record ZyProblem(int Status, string Title, string? Detail, IReadOnlyList<ZyFieldError> Errors)
{
    public static ZyProblem Parse(HttpStatusCode status, string body)
    {
        var code = (int)status;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var title = root.Str("title");
            var errors = root.Get("errors").Items()
                .Select(e => new ZyFieldError(e.Str("field"), e.Str("code"), e.Str("message")))
                .ToList();
            var detail = root.Str("detail");
            return new ZyProblem(code, title.Length > 0 ? title : Bare(status), detail.Length > 0 ? detail : null, errors);
        }
        catch (JsonException)
        {
            return new ZyProblem(code, Bare(status), string.IsNullOrWhiteSpace(body) ? null : body.Trim(), []);
        }
    }

    private static string Bare(HttpStatusCode status) => $"HTTP {(int)status} {status}";
}
