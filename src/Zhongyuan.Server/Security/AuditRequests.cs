using System.Globalization;
using System.Security.Claims;
using Zhongyuan.Audit;

namespace Zhongyuan.Server.Security;

/// <summary>
/// Appends an <c>http.request</c> audit event for every <c>/api/</c> request once it is answered: the user, role,
/// department and client address, and <c>METHOD /path STATUS</c> as detail (the query string is left out: it may carry
/// filter values). Costs a queue write (<see cref="AuditLog.Append"/>).
/// </summary>
internal sealed class AuditRequests(RequestDelegate next, AuditLog audit)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        try
        {
            await next(context);
        }
        catch
        {
            // The exception handler outside turns it into a 500 after this middleware has returned.
            audit.Append(Event(context, StatusCodes.Status500InternalServerError));
            throw;
        }
        audit.Append(Event(context, context.Response.StatusCode));
    }

    /// <summary>The path, with a subject key (resident ID, credit code) in a transparency lookup replaced: raw keys are never stored.</summary>
    private static string PathOf(PathString path) =>
        path.StartsWithSegments("/api/v1/audit/subjects", StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue
            ? "/api/v1/audit/subjects/***"
            : path.ToString();

    private static AuditEvent Event(HttpContext context, int status)
    {
        var user = context.User;
        return new AuditEvent
        {
            Action = AuditActions.HttpRequest,
            Result = status switch { 401 or 403 or 429 => AuditOutcome.Denied, >= 400 => AuditOutcome.Error, _ => AuditOutcome.Ok },
            Detail = string.Create(CultureInfo.InvariantCulture, $"{context.Request.Method} {PathOf(context.Request.Path)} {status}"),
            UserId = long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : null,
            Username = user.Identity?.IsAuthenticated == true ? user.Identity.Name : null,
            Role = user.FindFirstValue(ClaimTypes.Role),
            DepartmentId = long.TryParse(user.FindFirstValue(TokenAuthenticationHandler.DepartmentClaim), CultureInfo.InvariantCulture, out var d) ? d : null,
            ApplicationId = long.TryParse(user.FindFirstValue(Zhongyuan.Sharing.SharingClaims.Application), CultureInfo.InvariantCulture, out var a) ? a : null,
            Ip = context.Connection.RemoteIpAddress?.ToString(),
        };
    }
}
