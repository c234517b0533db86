namespace Zhongyuan.Catalog;

/// <summary>One recorded step in a resource's life: who did what and when.</summary>
/// <param name="Action">create, update, submit, withdraw, publish, retire.</param>
/// <param name="FromStatus">Status before, null on create.</param>
/// <param name="ToStatus">Status after.</param>
/// <param name="Version">The metadata version after the step.</param>
/// <param name="Actor">The user name that did it.</param>
/// <param name="At">When.</param>
/// <param name="Note">Optional comment.</param>
public sealed record ResourceEvent(
    string Action, ResourceStatus? FromStatus, ResourceStatus ToStatus, int Version, string Actor, DateTimeOffset At, string? Note);
