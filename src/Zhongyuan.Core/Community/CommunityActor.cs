namespace Zhongyuan.Community;

/// <summary>The signed-in caller of a community operation, as far as its rules care.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Username">The user's sign-in name, shown as the author.</param>
/// <param name="DepartmentId">The user's department, if any.</param>
/// <param name="IsAdmin">Whether the caller holds the <c>admin</c> scope: moderates, hides comments, answers any request.</param>
/// <param name="CanWriteData">Whether the caller holds <c>data:write</c> (a data steward): answers requests to its own department.</param>
public sealed record CommunityActor(long UserId, string Username, long? DepartmentId, bool IsAdmin, bool CanWriteData)
{
    /// <summary>Whether the caller may answer a data request addressed to <paramref name="departmentId"/> (null: to no department).</summary>
    public bool MayAnswer(long? departmentId) => IsAdmin || (CanWriteData && departmentId is not null && DepartmentId == departmentId);
}
