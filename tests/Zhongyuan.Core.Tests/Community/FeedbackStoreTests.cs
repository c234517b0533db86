using Zhongyuan.Community;
using Zhongyuan.Problems;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Community;

public sealed class FeedbackStoreTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Rate_OnePerUserChangeable_AverageAndCount(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);

        await f.FeedbackService.RateAsync(f.ResourceCode, 2, f.Public);
        await f.FeedbackService.RateAsync(f.ResourceCode, 5, f.Public);
        var summary = (await f.FeedbackService.RateAsync(f.ResourceCode, 4, f.Admin)).Value!;
        var anonymous = await f.FeedbackService.RatingAsync(f.ResourceCode, null);
        var nobody = await f.FeedbackService.RatingAsync("999999999-000001", null);

        Assert.Equal(new RatingSummary(4.5, 2, 4), summary);
        Assert.Equal(new RatingSummary(4.5, 2, null), anonymous);
        Assert.Equal(new RatingSummary(null, 0, null), nobody);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Rate_OutOfRangeOrUnknownResource_Refused(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);

        Assert.Equal("stars", Assert.Single((await f.FeedbackService.RateAsync(f.ResourceCode, 6, f.Public)).Problem!.Errors).Field);
        Assert.Equal(ProblemKind.NotFound, (await f.FeedbackService.RateAsync("999999999-000001", 3, f.Public)).Problem!.Kind);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Comments_AuthorDeletes_AdminHides_PublicSeesShownOnly(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);
        var first = (await f.FeedbackService.CommentAsync(f.ResourceCode, " 数据很有用 ", f.Public)).Value!;
        var second = (await f.FeedbackService.CommentAsync(f.ResourceCode, "广告", f.EnvSteward)).Value!;
        var third = (await f.FeedbackService.CommentAsync(f.ResourceCode, "删掉我", f.Public)).Value!;

        Assert.Equal(ProblemKind.Forbidden, (await f.FeedbackService.DeleteCommentAsync(third.Id, f.Admin)).Problem!.Kind);
        Assert.True((await f.FeedbackService.DeleteCommentAsync(third.Id, f.Public)).Succeeded);
        Assert.Equal(ProblemKind.Forbidden, (await f.FeedbackService.HideCommentAsync(second.Id, f.Public)).Problem!.Kind);
        Assert.True((await f.FeedbackService.HideCommentAsync(second.Id, f.Admin)).Succeeded);

        var shown = await f.FeedbackService.CommentsAsync(f.ResourceCode, f.Public);
        var all = await f.FeedbackService.CommentsAsync(f.ResourceCode, f.Admin);
        Assert.Equal([("数据很有用", "developer")], shown.Select(c => (c.Text, c.AuthorName)));
        Assert.Equal(CommunityFixture.Start, shown[0].CreatedAt);
        Assert.Equal([first.Id, second.Id], all.Select(c => c.Id));
        Assert.Equal("admin", all[1].HiddenByName);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Comment_TooLongOrBlank_Invalid(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);

        var tooLong = await f.FeedbackService.CommentAsync(f.ResourceCode, new string('评', 1001), f.Public);
        var blank = await f.FeedbackService.CommentAsync(f.ResourceCode, "  ", f.Public);

        Assert.Equal("评论内容不能超过 1000 个字符", Assert.Single(tooLong.Problem!.Errors).Message.Zh);
        Assert.Equal("required", Assert.Single(blank.Problem!.Errors).Code);
    }
}
