using System.Globalization;
using Microsoft.Extensions.Options;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Identity;
using Zhongyuan.Problems;
using Zhongyuan.Server.Security;
using Zhongyuan.Server.Sharing;
using Zhongyuan.Sharing.Subscriptions;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Subscriptions (订阅, 库表交换): an application subscribes to a resource it holds a grant on and receives its versions
/// as change sets or snapshots, masked through the grant, by pulling (<c>changes</c>) or by webhook. Only applications
/// call these; each sees its own subscriptions only (another's answers 404).
/// </summary>
internal static partial class SubscriptionEndpoints
{
    private const string CreateAction = "subscription.create";
    private const string DeleteAction = "subscription.delete";

    public static void MapSubscriptions(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("sharing").RequireAuthorization(Scopes.DataRead);
        api.MapPost("/resources/{code}/subscriptions", Create).WithSummary("订阅信息资源 Subscribe to a resource (pull or webhook); the webhook secret is shown once");
        api.MapGet("/subscriptions", List).WithSummary("本应用的订阅 The calling application's subscriptions");
        api.MapGet("/subscriptions/{id:long}", Get).WithSummary("订阅详情 One subscription");
        api.MapDelete("/subscriptions/{id:long}", Delete).WithSummary("取消订阅 Delete a subscription");
        api.MapGet("/subscriptions/{id:long}/changes", Changes)
            .WithSummary("拉取变更 The next page after the cursor (or ?since=, which also acknowledges it): change set or snapshot, masked by the grant");
        api.MapGet("/subscriptions/{id:long}/deliveries", Deliveries).WithSummary("推送记录 Webhook attempts, newest first");
        api.MapPost("/subscriptions/{id:long}/redeliver", Redeliver).WithSummary("重新推送 Resume a webhook subscription now (optionally from ?since=)");
    }

    private static async Task<IResult> Create(string code, SubscriptionRequest body, ResourceStore resources, SubscriptionStore store, GrantAccess access,
        IOptions<SubscriptionOptions> options, TimeProvider time, HttpContext context, CancellationToken ct)
    {
        if (context.User.ApplicationId() is not { } application)
        {
            return SubscriptionProblems.NotApplication(context);
        }
        if (await resources.FindAsync(code, ct) is null)
        {
            return SubscriptionProblems.ResourceNotFound(context, code);
        }
        if (!Enum.TryParse<SubscriptionMode>(body.Mode, ignoreCase: true, out var mode) || !Enum.IsDefined(mode) || int.TryParse(body.Mode, out _))
        {
            return SubscriptionProblems.BadMode(context);
        }
        if (mode == SubscriptionMode.Webhook && WebhookUrls.Check(body.Url, options.Value.AllowLoopbackHttp) is { } urlError)
        {
            return ProblemWriter.ToResult(Problem.Invalid([urlError]), context);
        }
        var (grant, refusal) = await access.GrantAsync(context, code, CreateAction, ct);
        if (grant is null)
        {
            return refusal!;
        }
        var now = time.GetUtcNow();
        var secret = mode == SubscriptionMode.Webhook ? WebhookSignature.NewSecret() : null;
        var created = await store.CreateAsync(new Subscription
        {
            ApplicationId = application, DepartmentId = context.User.DepartmentId(), ResourceCode = code, Mode = mode,
            Url = mode == SubscriptionMode.Webhook ? body.Url : null, CreatedBy = context.User.Identity?.Name ?? "app", CreatedAt = now, UpdatedAt = now,
        }, secret, ct);
        access.Record(context, code, grant, CreateAction, $"subscription {created.Id} ({mode.ToString().ToLowerInvariant()})", AuditOutcome.Ok);
        return TypedResults.Created($"/api/v1/subscriptions/{created.Id}", SubscriptionBody.Of(created, secret));
    }

    private static async Task<IResult> List(SubscriptionStore store, HttpContext context, CancellationToken ct) =>
        context.User.ApplicationId() is not { } application
            ? SubscriptionProblems.NotApplication(context)
            : TypedResults.Ok((await store.OfApplicationAsync(application, ct)).Select(s => SubscriptionBody.Of(s)).ToList());

    private static async Task<IResult> Get(long id, SubscriptionStore store, HttpContext context, CancellationToken ct) =>
        await OwnAsync(id, store, context, ct) is var (s, problem) && s is null ? problem! : TypedResults.Ok(SubscriptionBody.Of(s));

    private static async Task<IResult> Delete(long id, SubscriptionStore store, AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var (s, problem) = await OwnAsync(id, store, context, ct);
        if (s is null)
        {
            return problem!;
        }
        await store.DeleteAsync(id, ct);
        audit.Append(new AuditEvent
        {
            Action = DeleteAction, ApplicationId = s.ApplicationId, DepartmentId = context.User.DepartmentId(), Username = context.User.Identity?.Name,
            Ip = context.Connection.RemoteIpAddress?.ToString(), ResourceCode = s.ResourceCode, Detail = "subscription " + id.ToString(CultureInfo.InvariantCulture),
        });
        return TypedResults.NoContent();
    }

    private static async Task<IResult> Deliveries(long id, int? limit, SubscriptionStore store, HttpContext context, CancellationToken ct)
    {
        var (s, problem) = await OwnAsync(id, store, context, ct);
        if (s is null)
        {
            return problem!;
        }
        return s.Mode != SubscriptionMode.Webhook
            ? SubscriptionProblems.NotWebhook(context, id)
            : TypedResults.Ok(await store.DeliveriesAsync(id, Math.Clamp(limit ?? 100, 1, 1000), ct));
    }

    private static async Task<IResult> Redeliver(long id, string? since, SubscriptionStore store, WebhookDispatcher dispatcher, TimeProvider time,
        HttpContext context, CancellationToken ct)
    {
        var (s, problem) = await OwnAsync(id, store, context, ct);
        if (s is null)
        {
            return problem!;
        }
        if (s.Mode != SubscriptionMode.Webhook)
        {
            return SubscriptionProblems.NotWebhook(context, id);
        }
        var cursor = since is null ? s.Cursor : SubscriptionCursor.Parse(since);
        if (cursor is null)
        {
            return SubscriptionProblems.BadCursor(context);
        }
        var resumed = s with { Cursor = cursor, Status = SubscriptionStatus.Active, Attempts = 0, NextAttemptAt = null, LastError = null, UpdatedAt = time.GetUtcNow() };
        await store.SaveStateAsync(resumed, ct);
        dispatcher.Wake();
        return TypedResults.Accepted($"/api/v1/subscriptions/{id}", SubscriptionBody.Of(resumed));
    }

    /// <summary>The caller application's subscription, or the problem to answer (403 for a non-application, 404 for another's).</summary>
    private static async Task<(Subscription? Subscription, IResult? Problem)> OwnAsync(long id, SubscriptionStore store, HttpContext context, CancellationToken ct)
    {
        if (context.User.ApplicationId() is not { } application)
        {
            return (null, SubscriptionProblems.NotApplication(context));
        }
        var s = await store.FindAsync(id, ct);
        return s is null || s.ApplicationId != application ? (null, SubscriptionProblems.NotFound(context, id)) : (s, null);
    }
}
