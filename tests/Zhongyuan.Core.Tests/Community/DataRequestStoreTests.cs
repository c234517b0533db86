using Zhongyuan.Community;
using Zhongyuan.Problems;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Community;

public sealed class DataRequestStoreTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_Answer_StoresAnswerAndHandlingTime(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);
        var request = (await f.RequestService.CreateAsync(new NewDataRequest("机动车保有量", "按县统计", f.PoliceId, "交通研究"), f.Public)).Value!;
        f.Clock.Advance(TimeSpan.FromHours(30));

        var answered = await f.RequestService.AnswerAsync(request.Id, "willOpen", "将于下季度开放", f.PoliceSteward);
        var found = await f.Requests.FindAsync(request.Id);

        Assert.True(answered.Succeeded);
        Assert.Equal(("机动车保有量", "河南省公安厅", "交通研究"), (found!.Title, found.DepartmentName, found.Purpose));
        Assert.Equal((DataRequestStatus.WillOpen, "将于下季度开放", "police-steward"), (found.Status, found.Answer, found.AnsweredByName));
        Assert.Equal(30.0, found.HandlingHours);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Answer_OnlyTheAskedDepartmentsStewardOrAdmin(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);
        var asked = (await f.RequestService.CreateAsync(new NewDataRequest("甲", "描述", f.PoliceId, "用途"), f.Public)).Value!;
        var nobody = (await f.RequestService.CreateAsync(new NewDataRequest("乙", "描述", null, "用途"), f.Public)).Value!;

        Assert.Equal(ProblemKind.Forbidden, (await f.RequestService.AnswerAsync(asked.Id, "answered", "好", f.EnvSteward)).Problem!.Kind);
        Assert.Equal(ProblemKind.Forbidden, (await f.RequestService.AnswerAsync(asked.Id, "answered", "好", f.Public)).Problem!.Kind);
        Assert.Equal(ProblemKind.Forbidden, (await f.RequestService.AnswerAsync(nobody.Id, "answered", "好", f.PoliceSteward)).Problem!.Kind);
        Assert.Equal("answer", Assert.Single((await f.RequestService.AnswerAsync(asked.Id, "refused", "", f.PoliceSteward)).Problem!.Errors).Field);
        Assert.True((await f.RequestService.AnswerAsync(nobody.Id, "refused", "涉及个人隐私", f.Admin)).Succeeded);
        Assert.Equal(ProblemKind.Conflict, (await f.RequestService.AnswerAsync(nobody.Id, "answered", "再答", f.Admin)).Problem!.Kind);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task List_FiltersByDepartmentAndStatus_Handling_MedianOfAnswered(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);
        foreach (var hours in new[] { 10, 20, 60 })
        {
            var r = (await f.RequestService.CreateAsync(new NewDataRequest($"需求{hours}", "描述", f.PoliceId, "用途"), f.Public)).Value!;
            f.Clock.Advance(TimeSpan.FromHours(hours));
            await f.RequestService.AnswerAsync(r.Id, "answered", "已答复", f.PoliceSteward);
        }
        await f.RequestService.CreateAsync(new NewDataRequest("待答", "描述", f.PoliceId, "用途"), f.Public);
        await f.RequestService.CreateAsync(new NewDataRequest("环境", "描述", f.EnvId, "用途"), f.Public);

        var police = await f.RequestService.ListAsync(new DataRequestQuery { DepartmentId = f.PoliceId, Limit = 2 });
        var open = await f.RequestService.ListAsync(new DataRequestQuery { Status = DataRequestStatus.Open });
        var handling = await f.RequestService.HandlingAsync(f.PoliceId);

        Assert.Equal(4, police.Total);
        Assert.Equal(["待答", "需求60"], police.Items.Select(r => r.Title));
        Assert.Equal(["环境", "待答"], open.Items.Select(r => r.Title));
        Assert.Equal(new HandlingTimes(3, 1, 20.0, 0, null), handling);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_UnknownDepartmentAndBlankFields_Invalid(string engine)
    {
        var f = await CommunityFixture.CreateAsync(engine);

        var outcome = await f.RequestService.CreateAsync(new NewDataRequest("", null, 999_999, new string('用', 501)), f.Public);

        Assert.Equal(["title", "description", "purpose", "departmentId"], outcome.Problem!.Errors.Select(e => e.Field));
        Assert.Equal("用途不能超过 500 个字符", outcome.Problem.Errors[2].Message.Zh);
    }
}
