namespace Zhongyuan.Community;

/// <summary>A resource's star rating.</summary>
/// <param name="Average">The mean of the ratings (1 to 5, rounded to 0.1); null when nobody rated.</param>
/// <param name="Count">How many users rated.</param>
/// <param name="Mine">The caller's own rating, when asked for one and there is one.</param>
public sealed record RatingSummary(double? Average, long Count, int? Mine);
