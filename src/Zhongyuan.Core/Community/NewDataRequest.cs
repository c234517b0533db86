namespace Zhongyuan.Community;

/// <summary>A data request as the user gives it; checked by <see cref="DataRequestService.CreateAsync"/>.</summary>
/// <param name="Title">Required, at most 100 characters.</param>
/// <param name="Description">Required, at most 2000 characters.</param>
/// <param name="DepartmentId">The department asked; optional, must exist.</param>
/// <param name="Purpose">Required, at most 500 characters.</param>
public sealed record NewDataRequest(string? Title, string? Description, long? DepartmentId, string? Purpose);
