using Zhongyuan.Catalog;
using Zhongyuan.Localization;
using Zhongyuan.Problems;

namespace Zhongyuan.Identity;

/// <summary>
/// Identity refusals: a title and one error carrying a stable code, so clients tell e.g. <c>last_administrator</c>
/// from <c>own_role</c> without reading the text.
/// </summary>
internal static class IdentityProblems
{
    public static Problem Conflict(string field, string code, string zh, string en) =>
        new(ProblemKind.Conflict, new LocalizedText(zh, en), [FieldError.Of(field, code, zh, en)]);

    public static Problem Forbidden(string code, string zh, string en) =>
        new(ProblemKind.Forbidden, new LocalizedText(zh, en), [FieldError.Of("", code, zh, en)]);

    public static Problem UserNotFound(long id) => Problem.NotFound($"用户 {id} 不存在", $"No user has the id {id}");

    public static Problem OwnAccount(string zh, string en) => Conflict("id", "own_account", zh, en);

    public static Problem LastAdministrator(Role role)
    {
        var label = Labels.Of(role);
        return Conflict("role", "last_administrator",
            $"该账户是最后一个有效的{label.Zh}，不能停用或变更其角色；请先为另一账户授予该角色",
            $"This account is the last active {label.En.ToLowerInvariant()}: it cannot be disabled or given another role until another account holds the role");
    }
}
