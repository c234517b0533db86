using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Community;
using Zhongyuan.Server.Api;

namespace Zhongyuan.Server.Portal;

internal static partial class ResourcePage
{
    /// <summary>
    /// Loads the resource's ratings, comments and approved showcase entries (four queries whatever their number) and returns
    /// the writer of the section: average rating with a star control, comments with a form, uses, and a correction form.
    /// </summary>
    private static async Task<Action<Html>> CommunityAsync(HttpContext context, PortalPage page, Resource resource, CancellationToken ct)
    {
        var services = context.RequestServices;
        var actor = CommunityEndpoints.Actor(page.User);
        var feedback = services.GetRequiredService<FeedbackService>();
        var rating = await feedback.RatingAsync(resource.Code, actor, ct);
        var comments = await feedback.CommentsAsync(resource.Code, actor, ct);
        var uses = await services.GetRequiredService<ShowcaseStore>().ListAsync(
            new ShowcaseQuery { Status = ModerationStatus.Approved, ResourceCode = resource.Code, Limit = 20 }, ct);
        return html =>
        {
            html.Raw("<section aria-labelledby=\"community\" class=\"community\"><h2 id=\"community\">").Text(page.T("评分与评论", "Ratings and comments")).Raw("</h2>");
            Rating(html, page, resource, rating);
            CommentList(html, page, resource, comments, actor);
            Uses(html, page, resource, uses);
            TicketForm(html, page, resource);
            html.Raw("</section>");
        };
    }

    private static void Rating(Html html, PortalPage page, Resource resource, RatingSummary rating)
    {
        html.Raw("<p class=\"rating\" id=\"rating-summary\">");
        if (rating.Average is { } average)
        {
            html.Raw("<span class=\"stars\" aria-hidden=\"true\">").Text(new string('★', (int)Math.Round(average)) + new string('☆', 5 - (int)Math.Round(average)))
                .Raw("</span> ").Text(page.T($"平均 {average.ToString("0.0", CultureInfo.InvariantCulture)} 星，共 {rating.Count} 人评分",
                    $"Average {average.ToString("0.0", CultureInfo.InvariantCulture)} stars from {rating.Count} ratings"));
        }
        else
        {
            html.Text(page.T("还没有人评分。", "No ratings yet."));
        }
        html.Raw("</p>");
        if (!page.SignedIn)
        {
            html.SignInPrompt(page, "评分和评论", "rate and comment");
            return;
        }
        html.Form("rating-form", $"PUT /api/v1/resources/{Uri.EscapeDataString(resource.Code)}/rating", page.T("已评分", "Rated"))
            .Raw("<fieldset class=\"star-input\"><legend>").Text(page.T("我的评分", "My rating")).Raw("</legend>");
        for (var stars = 1; stars <= 5; stars++)
        {
            var id = "rating-" + stars.ToString(CultureInfo.InvariantCulture);
            html.Raw("<input type=\"radio\" name=\"stars\" data-type=\"number\" required").Attr("id", id).Attr("value", stars.ToString(CultureInfo.InvariantCulture))
                .Raw(rating.Mine == stars ? " checked>" : ">").Raw("<label").Attr("for", id).Raw(">").Text(page.T($"{stars} 星", $"{stars} star" + (stars > 1 ? "s" : ""))).Raw("</label>");
        }
        html.Raw("</fieldset>").EndForm(page.T("提交评分", "Rate"));
    }

    private static void CommentList(Html html, PortalPage page, Resource resource, IReadOnlyList<ResourceComment> comments, CommunityActor? actor)
    {
        html.Raw("<h3>").Text(page.T($"评论（{comments.Count}）", $"Comments ({comments.Count})")).Raw("</h3><ul class=\"comments\" id=\"comments\">");
        foreach (var comment in comments)
        {
            var status = "comment-status-" + comment.Id.ToString(CultureInfo.InvariantCulture);
            html.Raw("<li").Attr("class", comment.HiddenAt is null ? "comment" : "comment hidden").Raw("><p class=\"meta\">").Element("strong", comment.AuthorName)
                .Text(" · " + CommunityHtml.When(comment.CreatedAt)).Text(comment.HiddenAt is null ? "" : page.T("（已隐藏）", " (hidden)")).Raw("</p><p>").Text(comment.Text).Raw("</p>");
            if (actor?.UserId == comment.AuthorId)
            {
                html.Raw("<button type=\"button\" class=\"link\"").Attr("data-api", $"DELETE /api/v1/comments/{comment.Id}").Attr("data-status", status).Raw(">")
                    .Text(page.T("删除", "Delete")).Raw("</button>");
            }
            if (actor?.IsAdmin == true && comment.HiddenAt is null)
            {
                html.Raw("<button type=\"button\" class=\"link\"").Attr("data-api", $"POST /api/v1/comments/{comment.Id}/hide").Attr("data-status", status).Raw(">")
                    .Text(page.T("隐藏", "Hide")).Raw("</button>");
            }
            html.Raw("<p class=\"form-status error\" role=\"alert\" hidden").Attr("id", status).Raw("></p></li>");
        }
        html.Raw("</ul>");
        if (page.SignedIn)
        {
            html.Form("comment-form", $"POST /api/v1/resources/{Uri.EscapeDataString(resource.Code)}/comments", page.T("已发表", "Posted"))
                .TextArea("comment-text", "text", page.T("发表评论（最多 1000 字）", "Your comment (at most 1000 characters)"), FeedbackService.MaxCommentLength)
                .EndForm(page.T("发表评论", "Post comment"));
        }
    }

    private static void Uses(Html html, PortalPage page, Resource resource, CommunityPage<ShowcaseEntry> uses)
    {
        html.Raw("<h3 id=\"uses\">").Text(page.T("应用成果", "Uses of this data")).Raw("</h3>");
        if (uses.Items.Count == 0)
        {
            html.Raw("<p>").Text(page.T("还没有使用该资源的应用成果。", "No showcased use of this resource yet.")).Raw("</p>");
        }
        else
        {
            html.Raw("<ul class=\"showcase-list\" id=\"resource-uses\">");
            foreach (var entry in uses.Items)
            {
                ShowcasePage.Entry(html, page, entry);
            }
            html.Raw("</ul>");
        }
        html.Raw("<p>").Link(ShowcasePage.Url(resource.Code), page.T("提交使用该资源的成果 →", "Showcase your use of this resource →")).Raw("</p>");
    }

    private static void TicketForm(Html html, PortalPage page, Resource resource)
    {
        html.Raw("<h3 id=\"report-error\">").Text(page.T("报告数据错误", "Report an error")).Raw("</h3>");
        if (!page.SignedIn)
        {
            html.SignInPrompt(page, "提交纠错单", "file a correction ticket");
            return;
        }
        html.Form("ticket-form", $"POST /api/v1/resources/{Uri.EscapeDataString(resource.Code)}/tickets",
                page.T("纠错单已提交，提供部门将在期限内答复。", "Ticket filed: the department answers within the deadline."))
            .Select("ticket-item", "item", page.T("有误的信息项", "Field"), resource.Metadata.Items.Select(i => (i.Name, i.Name)))
            .Input("ticket-row", "rowId", page.T("行号（可选，预览表中的行）", "Row number (optional, as in the preview)"), required: false, type: "number", dataType: "number")
            .TextArea("ticket-reason", "reason", page.T("错误说明", "What is wrong"), 500)
            .Input("ticket-value", "proposedValue", page.T("正确的值（可选）", "The right value (optional)"), required: false, maxLength: 500)
            .EndForm(page.T("提交纠错单", "File a ticket"));
    }
}
