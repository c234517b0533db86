using Zhongyuan.Ingest;

namespace Zhongyuan.Governance.Quality;

/// <summary>The current version of another resource, for an exists-in rule.</summary>
/// <param name="File">The Parquet file's full path.</param>
/// <param name="Columns">Its columns.</param>
public sealed record ReferencedVersion(string File, IReadOnlyList<IngestColumn> Columns);
