using Zhongyuan.OpenData.Ckan;

namespace Zhongyuan.Server.Api;

/// <summary>What a CKAN action answers: a result, or an error in CKAN's shape with its status code.</summary>
internal sealed record CkanReply(object? Result, int Status = StatusCodes.Status200OK, Dictionary<string, object>? Error = null)
{
    public static CkanReply Ok(object? result) => new(result);

    /// <summary>404 <c>Not Found Error</c>.</summary>
    public static CkanReply NotFound(string message = "Not found") =>
        new(null, StatusCodes.Status404NotFound, new() { ["__type"] = "Not Found Error", ["message"] = message });

    /// <summary>403 <c>Authorization Error</c>.</summary>
    public static CkanReply Forbidden(string message) =>
        new(null, StatusCodes.Status403Forbidden, new() { ["__type"] = "Authorization Error", ["message"] = "Access denied: " + message });

    /// <summary>409 <c>Validation Error</c> listing messages per field, as CKAN does.</summary>
    public static CkanReply Invalid(IReadOnlyDictionary<string, List<string>> fields)
    {
        var error = new Dictionary<string, object> { ["__type"] = "Validation Error" };
        foreach (var (field, messages) in fields)
        {
            error[field] = messages;
        }
        return new(null, StatusCodes.Status409Conflict, error);
    }

    /// <summary>409 <c>Validation Error</c> for one field.</summary>
    public static CkanReply Invalid(string field, string message) => Invalid(new Dictionary<string, List<string>> { [field] = [message] });

    /// <summary>Writes the reply inside CKAN's envelope.</summary>
    public IResult ToResult(string help) => Error is null
        ? TypedResults.Json(new Dictionary<string, object?> { ["help"] = help, ["success"] = true, ["result"] = Result }, CkanJson.Options, "application/json;charset=utf-8")
        : TypedResults.Json(new Dictionary<string, object?> { ["help"] = help, ["success"] = false, ["error"] = Error }, CkanJson.Options, "application/json;charset=utf-8", Status);
}
