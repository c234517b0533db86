using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Problems;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Turns failures into RFC 9457 problem details in the caller's language. Validation problems carry
/// <c>errors</c>: a list of <c>{ field, code, message }</c>, one per broken rule.
/// </summary>
internal static class ProblemWriter
{
    public static ProblemHttpResult ToResult(Problem problem, HttpContext context)
    {
        var english = Lang.IsEnglish(context);
        Lang.MarkResponse(context, english);
        var details = new ProblemDetails
        {
            Status = StatusOf(problem.Kind),
            Title = problem.Title.In(english),
            Type = $"https://zhongyuan.example/problems/{problem.Kind.ToString().ToLowerInvariant()}",
        };
        if (problem.Errors.Count > 0)
        {
            details.Detail = string.Join("；", problem.Errors.Select(e => e.Message.In(english)));
            details.Extensions["errors"] = problem.Errors.Select(e => new { field = e.Field, code = e.Code, message = e.Message.In(english) }).ToList();
        }
        return TypedResults.Problem(details);
    }

    public static Task WriteAsync(HttpContext context, int status, string zh, string en)
    {
        var english = Lang.IsEnglish(context);
        Lang.MarkResponse(context, english);
        return TypedResults.Problem(new ProblemDetails { Status = status, Title = english ? en : zh }).ExecuteAsync(context);
    }

    private static int StatusOf(ProblemKind kind) => kind switch
    {
        ProblemKind.Validation => StatusCodes.Status400BadRequest,
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status500InternalServerError,
    };
}
