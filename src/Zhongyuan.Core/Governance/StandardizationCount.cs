namespace Zhongyuan.Governance;

/// <summary>How many values a standardiser rewrote in a load.</summary>
/// <param name="Item">The item.</param>
/// <param name="Rule">The standardiser's code.</param>
/// <param name="Changed">Values changed.</param>
public sealed record StandardizationCount(string Item, string Rule, long Changed);
