using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Server.Api;

namespace Zhongyuan.Server.Security;

/// <summary>Problem answers of the security layer that carry a machine-readable <c>code</c>.</summary>
internal static class SecurityProblems
{
    public static Task WriteAsync(HttpContext context, int status, string code, string zh, string en)
    {
        var english = Lang.IsEnglish(context);
        Lang.MarkResponse(context, english);
        var details = new ProblemDetails { Status = status, Title = english ? en : zh };
        details.Extensions["code"] = code;
        return TypedResults.Problem(details).ExecuteAsync(context);
    }
}
