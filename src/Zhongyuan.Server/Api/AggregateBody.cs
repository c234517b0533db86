using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Server.Api;

/// <summary>The answer of <c>GET …/rows/aggregate</c>: the top groups of a category column with their aggregate.</summary>
/// <param name="Version">The dataset version read.</param>
/// <param name="Category">The category column.</param>
/// <param name="Function">count, sum or avg.</param>
/// <param name="Value">The value column (null for count).</param>
/// <param name="Groups">The groups, largest aggregate first.</param>
/// <param name="More">Whether further groups were left out by the limit.</param>
public sealed record AggregateBody(int Version, string Category, string Function, string? Value, IReadOnlyList<AggregateGroup> Groups, bool More);
