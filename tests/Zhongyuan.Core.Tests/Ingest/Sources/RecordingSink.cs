using Zhongyuan.Ingest;

namespace Zhongyuan.Tests.Ingest.Sources;

/// <summary>An <see cref="IRowSink"/> that keeps what it is given.</summary>
internal sealed class RecordingSink : IRowSink
{
    public IReadOnlyList<string> Columns { get; private set; } = [];

    public List<string?[]> Rows { get; } = [];

    /// <summary>Row <paramref name="index"/> joined with |, null as ∅.</summary>
    public string Text(int index) => string.Join('|', Rows[index].Select(v => v ?? "∅"));

    public void Begin(IReadOnlyList<string> columns) => Columns = [.. columns];

    public void Row(ReadOnlySpan<string?> values) => Rows.Add(values.ToArray());
}
