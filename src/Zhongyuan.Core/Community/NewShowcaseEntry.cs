namespace Zhongyuan.Community;

/// <summary>A showcase submission as the user gives it; checked by <see cref="ShowcaseService.SubmitAsync"/>.</summary>
/// <param name="Title">Required, at most 100 characters.</param>
/// <param name="Kind">app, analysis, visualisation or research (or the Chinese label).</param>
/// <param name="Description">Required, at most 2000 characters.</param>
/// <param name="Url">Required: an absolute http or https address.</param>
/// <param name="ResourceCodes">1 to 10 codes of published resources.</param>
public sealed record NewShowcaseEntry(string? Title, string? Kind, string? Description, string? Url, IReadOnlyList<string>? ResourceCodes);
