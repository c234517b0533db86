namespace Zhongyuan.OpenData.Usage;

/// <summary>Data API calls and downloads of one resource over a period.</summary>
/// <param name="Code">The resource code.</param>
/// <param name="Name">The resource name (empty for totals).</param>
/// <param name="ApiCalls">Data API calls answered with data.</param>
/// <param name="Downloads">Exports and data packages served.</param>
public sealed record ResourceUsage(string Code, string Name, long ApiCalls, long Downloads);
