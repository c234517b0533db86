namespace Zhongyuan.Ingest.Query;

/// <summary>One output column of a <see cref="RowsView.Project"/> view.</summary>
/// <param name="Name">The version column.</param>
/// <param name="Function">
/// A scalar function registered on the connection (lower-case letters, digits and <c>_</c>) applied to the value as
/// <c>VARCHAR</c>, making the column text; null to keep the stored value.
/// </param>
/// <param name="Argument">A second argument passed to <paramref name="Function"/> as a bound parameter (e.g. a key), or null.</param>
/// <param name="Redact">Whether the column is all nulls (keeping its type).</param>
public sealed record ViewColumn(string Name, string? Function = null, object? Argument = null, bool Redact = false);
