namespace Zhongyuan.Server.Api;

/// <summary>Row counts between two dataset versions.</summary>
/// <param name="From">The older version.</param>
/// <param name="To">The newer version.</param>
/// <param name="FromRows">Rows in the older version.</param>
/// <param name="ToRows">Rows in the newer version.</param>
/// <param name="Inserted">Rows of the newer version whose key the older lacks.</param>
/// <param name="Updated">Rows whose key both have, with different values.</param>
/// <param name="Deleted">Rows of the older version whose key the newer lacks.</param>
public sealed record VersionDiff(int From, int To, long FromRows, long ToRows, long Inserted, long Updated, long Deleted);
