using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Zhongyuan.Catalog;
using Zhongyuan.Problems;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Maps unreadable request bodies to validation problems that name the field and say what is wrong
/// (a number typed with a unit, a value that is not one of the allowed labels, malformed JSON).
/// Other exceptions become a plain 500 problem without internals.
/// </summary>
internal sealed class RequestErrorHandler(ILogger<RequestErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException { InnerException: JsonException json })
        {
            await ProblemWriter.ToResult(Problem.Invalid([FromJson(json)]), context).ExecuteAsync(context).ConfigureAwait(false);
            return true;
        }
        if (exception is BadHttpRequestException bad)
        {
            await ProblemWriter.WriteAsync(context, bad.StatusCode, "请求格式不正确", "The request is malformed").ConfigureAwait(false);
            return true;
        }
        logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
        await ProblemWriter.WriteAsync(context, StatusCodes.Status500InternalServerError,
            "服务器内部错误，请稍后重试或联系管理员", "Internal server error; try again later or contact the administrator").ConfigureAwait(false);
        return true;
    }

    /// <summary>Translates a JSON reading error into a field error with the field path in camelCase.</summary>
    public static FieldError FromJson(JsonException e)
    {
        var field = FieldPath(e.Path);
        var message = e.Message;
        if (message == WholeNumberConverter.WithUnitError)
        {
            return FieldError.Of(field, "number_with_unit", "数字请不要带单位，例如“18位”应填写为“18”", "Enter numbers without units, e.g. 18 rather than \"18 digits\"");
        }
        if (message == WholeNumberConverter.NotANumberError)
        {
            return FieldError.Of(field, "not_a_number", "此处应填写整数", "A whole number is expected here");
        }
        if (message.StartsWith("invalid_enum:", StringComparison.Ordinal))
        {
            var allowed = message["invalid_enum:".Length..];
            return FieldError.Of(field, "invalid_value", $"取值无效，可选：{allowed}", $"Invalid value; allowed: {allowed}");
        }
        return FieldError.Of(field, "invalid_json", "JSON 格式不正确或字段类型不符", "Malformed JSON or a field of the wrong type");
    }

    private static string FieldPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.').Replace("metadata.", "", StringComparison.Ordinal);
}
