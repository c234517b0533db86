namespace Zhongyuan.Governance.Quality;

/// <summary>A page of failing rows of a version.</summary>
/// <param name="Version">The version.</param>
/// <param name="Total">Failing rows of the rule (or of all rules) in all.</param>
/// <param name="Columns">The columns of each row: <c>rule</c>, <c>code</c>, <c>message</c>, <c>_zy_row</c>, then the version's items.</param>
/// <param name="Rows">The rows, values in column order.</param>
public sealed record FailingRows(int Version, long Total, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
