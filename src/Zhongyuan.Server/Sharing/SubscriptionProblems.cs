using Microsoft.AspNetCore.Http.HttpResults;
using Zhongyuan.Catalog;
using Zhongyuan.Problems;
using Zhongyuan.Server.Api;

namespace Zhongyuan.Server.Sharing;

/// <summary>The refusals of the subscription endpoints, Chinese first with English (<c>Accept-Language: en</c>).</summary>
internal static class SubscriptionProblems
{
    public static ProblemHttpResult NotApplication(HttpContext context) => ProblemWriter.ToResult(Problem.Forbidden(
        "只有应用（以应用身份调用接口）才能订阅数据：订阅按应用的授权投递",
        "Only applications (calling with an application key) can subscribe: deliveries follow the application's grant"), context);

    public static ProblemHttpResult NotFound(HttpContext context, long id) => ProblemWriter.ToResult(Problem.NotFound(
        $"订阅 {id} 不存在或不属于本应用", $"No subscription {id}, or it belongs to another application"), context);

    public static ProblemHttpResult ResourceNotFound(HttpContext context, string code) => ProblemWriter.ToResult(Problem.NotFound(
        $"信息资源“{code}”不存在", $"No resource \"{code}\""), context);

    public static ProblemHttpResult NotPull(HttpContext context, long id) => ProblemWriter.ToResult(Problem.Conflict(
        $"订阅 {id} 是推送方式，变更由平台推送到回调地址，不能拉取；如需重放请使用 redeliver",
        $"Subscription {id} is a webhook subscription: its changes are pushed, not pulled; use redeliver to replay"), context);

    public static ProblemHttpResult NotWebhook(HttpContext context, long id) => ProblemWriter.ToResult(Problem.Conflict(
        $"订阅 {id} 是拉取方式，没有推送记录", $"Subscription {id} is a pull subscription: it has no webhook deliveries"), context);

    public static ProblemHttpResult BadCursor(HttpContext context) => ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("since", "invalid_cursor",
        "since 应为上次返回的 next 游标（如 3 或 4:c:…）", "since must be a next cursor returned earlier (such as 3 or 4:c:…)")]), context);

    public static ProblemHttpResult CursorAhead(HttpContext context, int latest) => ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("since", "cursor_ahead",
        $"since 超过了最新数据版本 {latest}", $"since is beyond the latest data version {latest}")]), context);

    public static ProblemHttpResult BadMode(HttpContext context) => ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("mode", "invalid_value",
        "订阅方式应为 pull（拉取）或 webhook（推送）", "mode must be pull or webhook")]), context);
}
