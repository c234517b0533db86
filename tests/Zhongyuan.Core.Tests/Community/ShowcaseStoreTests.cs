using Zhongyuan.Community;
using Zhongyuan.Problems;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Community;

public sealed class ShowcaseStoreTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Submit_Find_RoundTripsEveryFieldAsPending(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);

        var entry = (await f.ShowcaseService.SubmitAsync(f.Submission(), f.Public)).Value!;
        var found = await f.Showcase.FindAsync(entry.Id);

        Assert.NotNull(found);
        Assert.Equal(("户籍人口地图", ShowcaseKind.Visualisation, "https://example.org/map"), (found.Title, found.Kind, found.Url));
        Assert.Equal([f.ResourceCode], found.ResourceCodes);
        Assert.Equal((f.Public.UserId, "developer", ModerationStatus.Pending), (found.SubmitterId, found.SubmitterName, found.Status));
        Assert.Equal(CommunityFixture.Start, found.CreatedAt);
        Assert.Null(found.ModeratedAt);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Submit_InvalidFields_ListsEachInChineseAndEnglish(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);

        var outcome = await f.ShowcaseService.SubmitAsync(new NewShowcaseEntry(" ", "game", "x", "ftp://x", ["999999999-000001"]), f.Public);

        Assert.Equal(ProblemKind.Validation, outcome.Problem!.Kind);
        Assert.Equal(["title", "url", "kind", "resourceCodes"], outcome.Problem.Errors.Select(e => e.Field));
        Assert.Equal("请填写标题", outcome.Problem.Errors[0].Message.Zh);
        Assert.Equal("The title is required", outcome.Problem.Errors[0].Message.En);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task List_PublicSeesApprovedOnly_FilterByResource(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);
        var approved = (await f.ShowcaseService.SubmitAsync(f.Submission("甲"), f.Public)).Value!;
        var rejected = (await f.ShowcaseService.SubmitAsync(f.Submission("乙"), f.Public)).Value!;
        await f.ShowcaseService.SubmitAsync(f.Submission("丙"), f.Public);
        f.Clock.Advance(TimeSpan.FromHours(2));
        Assert.True((await f.ShowcaseService.ModerateAsync(approved.Id, true, null, f.Admin)).Succeeded);
        Assert.True((await f.ShowcaseService.ModerateAsync(rejected.Id, false, "链接打不开", f.Admin)).Succeeded);

        var anonymous = (await f.ShowcaseService.ListAsync(new ShowcaseQuery { ResourceCode = f.ResourceCode }, false, null)).Value!;
        var admin = (await f.ShowcaseService.ListAsync(new ShowcaseQuery(), false, f.Admin)).Value!;
        var mine = (await f.ShowcaseService.ListAsync(new ShowcaseQuery(), true, f.Public)).Value!;
        var other = (await f.Showcase.ListAsync(new ShowcaseQuery { ResourceCode = "999999999-000001" }));

        Assert.Equal(["甲"], anonymous.Items.Select(e => e.Title));
        Assert.Equal(1, anonymous.Total);
        Assert.Equal(3, admin.Total);
        Assert.Equal(["丙", "乙", "甲"], mine.Items.Select(e => e.Title));
        Assert.Equal(0, other.Total);
        var stored = await f.Showcase.FindAsync(rejected.Id);
        Assert.Equal((ModerationStatus.Rejected, "链接打不开", "admin"), (stored!.Status, stored.ModerationReason, stored.ModeratorName));
        Assert.Equal(CommunityFixture.Start.AddHours(2), stored.ModeratedAt);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Moderate_NonAdminOrTwice_Refused(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);
        var entry = (await f.ShowcaseService.SubmitAsync(f.Submission(), f.Public)).Value!;

        var bySteward = await f.ShowcaseService.ModerateAsync(entry.Id, true, null, f.PoliceSteward);
        var noReason = await f.ShowcaseService.ModerateAsync(entry.Id, false, " ", f.Admin);
        await f.ShowcaseService.ModerateAsync(entry.Id, true, null, f.Admin);
        var twice = await f.ShowcaseService.ModerateAsync(entry.Id, false, "晚了", f.Admin);

        Assert.Equal(ProblemKind.Forbidden, bySteward.Problem!.Kind);
        Assert.Equal("reason", Assert.Single(noReason.Problem!.Errors).Field);
        Assert.Equal(ProblemKind.Conflict, twice.Problem!.Kind);
        Assert.Equal(ModerationStatus.Approved, (await f.Showcase.FindAsync(entry.Id))!.Status);
    }
}
