using Microsoft.AspNetCore.Http.HttpResults;
using Zhongyuan.Audit;
using Zhongyuan.Crypto;
using Zhongyuan.Identity;
using Zhongyuan.Ingest.Pull;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Data-key rotation for the security administrator (<c>keys:manage</c>): a new SM4 data key encrypts from now on, the
/// older ones keep decrypting, and the stored secrets are re-sealed under the new key while the platform keeps serving.
/// </summary>
internal static class KeyEndpoints
{
    public static void MapKeys(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/keys/rotate", Rotate).RequireAuthorization(Scopes.KeysManage).WithTags("security")
            .WithSummary("轮换数据密钥 Rotate the SM4 data key and re-seal stored secrets (security administrator)");

    private static async Task<Ok<KeyRotationBody>> Rotate(KeyRing keys, PullSourceStore pulls, AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var id = await keys.RotateAsync(ct);
        var resealed = await pulls.ResealAsync(ct);
        audit.Append(new AuditEvent
        {
            Action = AuditActions.KeyRotate, UserId = context.User.UserId(), Username = context.User.Identity?.Name,
            Role = context.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value, Ip = context.Connection.RemoteIpAddress?.ToString(),
            Detail = $"data key {id}; {resealed} pull sources re-sealed",
        });
        return TypedResults.Ok(new KeyRotationBody(id, resealed));
    }
}

/// <summary>The outcome of a rotation.</summary>
/// <param name="DataKeyId">The new data key, which encrypts from now on.</param>
/// <param name="Resealed">Stored secrets moved to it.</param>
public sealed record KeyRotationBody(int DataKeyId, int Resealed);
