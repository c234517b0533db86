using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Problems;
using Zhongyuan.Server.Api;
using Zhongyuan.Sharing.Access;

namespace Zhongyuan.Server.Sharing;

/// <summary>The refusals of the sharing access paths, Chinese first with English (<c>Accept-Language: en</c>).</summary>
internal static class SharingProblems
{
    public static ProblemHttpResult NoGrant(HttpContext context, long application, string code) => ProblemWriter.ToResult(Problem.Forbidden(
        $"应用 {application} 没有信息资源“{code}”的有效授权：请先提出共享申请并获批准（授权可能尚未生效、已到期、已暂停或已撤销）",
        $"Application {application} holds no grant in force on the resource \"{code}\": a grant is needed (request it and have it approved; a grant may also be not yet started, expired, suspended or revoked)"), context);

    public static ProblemHttpResult NotGranted(HttpContext context, string code, IReadOnlyList<string> items) => ProblemWriter.ToResult(Problem.Forbidden(
        $"对信息资源“{code}”的授权不包括以下信息项：{string.Join("、", items)}",
        $"The grant on the resource \"{code}\" does not cover these items: {string.Join(", ", items)}"), context);

    public static ProblemHttpResult DiffNeedsWholeRows(HttpContext context, string code) => ProblemWriter.ToResult(Problem.Forbidden(
        $"对信息资源“{code}”的授权限定了行范围，不能比较整个版本",
        $"The grant on the resource \"{code}\" is limited to some rows, so whole versions cannot be compared"), context);

    /// <summary>429: the daily row quota is used up (or would be by an export), with when it starts again.</summary>
    public static IResult QuotaExceeded(HttpContext context, long grantId, long quota, long used, long? wanted, DateTimeOffset now)
    {
        var english = Lang.IsEnglish(context);
        Lang.MarkResponse(context, english);
        var resets = ChinaDay.NextMidnight(now);
        var at = resets.ToOffset(ChinaDay.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var left = Math.Max(0, quota - used);
        var title = (wanted, english) switch
        {
            (null, false) => $"授权 {grantId} 今日的数据行配额（{quota} 行）已用完，将于 {at}（北京时间）重置",
            (null, true) => $"Grant {grantId} has used its daily quota of {quota} rows; it resets at {at} China time",
            (_, false) => $"本次导出 {wanted} 行，超过授权 {grantId} 今日剩余的 {left} 行配额（每日 {quota} 行，{at} 北京时间重置）；请缩小筛选范围",
            (_, true) => $"The export has {wanted} rows, more than the {left} rows left today under grant {grantId} ({quota} a day, resets at {at} China time); narrow the filter",
        };
        context.Response.Headers.RetryAfter = Math.Ceiling((resets - now).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = title,
            Type = "https://zhongyuan.example/problems/quota",
            Extensions = { ["quota"] = quota, ["used"] = used, ["resetsAt"] = resets },
        };
        return TypedResults.Problem(details);
    }

    /// <summary>429: the application's request rate is over its limit.</summary>
    public static Task TooManyRequests(HttpContext context, TimeSpan retryAfter, int perSecond)
    {
        var english = Lang.IsEnglish(context);
        Lang.MarkResponse(context, english);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = english
                ? $"Too many requests from this application (at most {perSecond} a second); retry after {seconds} s"
                : $"该应用请求过于频繁（每秒最多 {perSecond} 次），请 {seconds} 秒后重试",
            Type = "https://zhongyuan.example/problems/rate-limit",
        }).ExecuteAsync(context);
    }
}
