using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Sharing.Access;
using Zhongyuan.Sharing.Masking;

namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>
/// Reads what a subscriber gets next after a cursor, through its grant exactly as the rows API does
/// (<see cref="GrantViews"/>: granted items only, the grant's rows only, each item masked): the change set of an
/// incremental version (the load's <c>_zy_change</c> Parquet file), or every row of a full version, or — from the start
/// cursor — a snapshot of the current version.
/// </summary>
public sealed class ChangeFeed(DatasetStore store, DataPlane plane)
{
    /// <summary>The change column of an incremental load's change set.</summary>
    public const string ChangeColumn = "_zy_change";

    /// <summary>Most rows per page.</summary>
    public const int MaxLimit = RowsRequest.MaxLimit;

    /// <summary>The version a subscriber at <paramref name="since"/> gets next and in which form; null when it is up to date.</summary>
    public async Task<(DatasetVersion Version, ChangeSetKind Kind)?> PendingAsync(string resourceCode, SubscriptionCursor since, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(since);
        if (since.InProgress)
        {
            var current = await store.FindVersionAsync(resourceCode, since.Version, ct).ConfigureAwait(false);
            return current is null ? null : (current, since.Kind!.Value);
        }
        if (since.Version == 0)
        {
            var latest = await store.FindVersionAsync(resourceCode, null, ct).ConfigureAwait(false);
            return latest is null ? null : (latest, ChangeSetKind.Snapshot);
        }
        var next = await store.FindVersionAsync(resourceCode, since.Version + 1, ct).ConfigureAwait(false);
        return next is null ? null : (next, next is { Mode: LoadMode.Incremental, ChangesFile: not null } ? ChangeSetKind.Changes : ChangeSetKind.Snapshot);
    }

    /// <summary>Whether a version after <paramref name="version"/> exists.</summary>
    public async Task<bool> HasAfterAsync(string resourceCode, int version, CancellationToken ct = default) =>
        await store.FindVersionAsync(resourceCode, version + 1, ct).ConfigureAwait(false) is not null;

    /// <summary>The next page after <paramref name="since"/> under <paramref name="grant"/>; null when the subscriber is up to date.</summary>
    /// <param name="resource">The resource (its items give catalog masking rules and subject keys).</param>
    /// <param name="grant">The grant in force.</param>
    /// <param name="grantKey">The grant's pseudonym key (<see cref="Pseudonyms.GrantKey"/>).</param>
    /// <param name="since">Where the subscriber is.</param>
    /// <param name="limit">Most rows, 1 to <see cref="MaxLimit"/>.</param>
    /// <param name="ct">Cancels the lookups.</param>
    /// <exception cref="QueryException">The grant's row filter does not fit the version, or the cursor's page token is invalid.</exception>
    public async Task<ChangeSetPage?> ReadAsync(Resource resource, Grant grant, byte[] grantKey, SubscriptionCursor since, int limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(since);
        if (await PendingAsync(resource.Code, since, ct).ConfigureAwait(false) is not var (version, kind))
        {
            return null;
        }
        var view = kind == ChangeSetKind.Changes
            ? GrantViews.Build(RowsFile(version), ChangeColumns(version), resource.Metadata.Items, grant with { Items = [ChangeColumn, .. grant.Items] }, grantKey)
            : GrantViews.Build(plane.Full(version.File), version.Columns, resource.Metadata.Items, grant, grantKey);
        RowsPage page;
        using (var duck = MaskingFunctions.OpenReader())
        {
            page = RowsReader.Query(duck, view.View, new RowsRequest(Limit: Math.Clamp(limit, 1, MaxLimit), After: since.InProgress ? since.After : null));
        }
        var keys = version.Columns.Where(c => c.IsKey).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var next = page.Next is null ? new SubscriptionCursor(version.Version) : new SubscriptionCursor(version.Version, kind, page.Next);
        var columns = page.Columns.Where(c => c.Name != ChangeColumn).ToList();
        return new ChangeSetPage(version.Version, kind, columns, [.. page.Rows.Select(r => RowOf(page.Columns, r, keys))], next,
            [.. columns.Select(c => c.Name)], page.Hidden);
    }

    private static ChangeRow RowOf(IReadOnlyList<ColumnMeta> columns, object?[] row, HashSet<string> keys)
    {
        var op = "insert";
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Name == ChangeColumn)
            {
                op = row[i] as string ?? op;
                continue;
            }
            values[columns[i].Name] = row[i];
        }
        // A delete names the row by its key; its other values are the old row's and of no use to the subscriber.
        return op == "delete" ? new ChangeRow(op, values.Where(kv => keys.Contains(kv.Key)).ToDictionary(StringComparer.Ordinal)) : new ChangeRow(op, values);
    }

    private static List<IngestColumn> ChangeColumns(DatasetVersion version) =>
    [
        new IngestColumn(ChangeColumn, ItemDataType.Text, false),
        .. version.Columns.Where(c => c.Name != IngestColumn.RowId),
        new IngestColumn(IngestColumn.RowId, ItemDataType.Integer, false),
    ];

    /// <summary>
    /// The change set with a row number (the rows API pages by it), written once beside the load's change set. The
    /// file is derived: <see cref="DataPlane.CleanAsync"/> may remove it at start and it is written again when asked.
    /// </summary>
    private string RowsFile(DatasetVersion version)
    {
        var changes = plane.Full(version.ChangesFile!);
        var path = Path.ChangeExtension(changes, null) + ".rows.parquet";
        if (File.Exists(path))
        {
            return path;
        }
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var duck = DataPlane.OpenReader())
        using (var command = duck.CreateCommand())
        {
            command.CommandText = $"COPY (SELECT file_row_number + 1 AS {IngestColumn.Quote(IngestColumn.RowId)}, * EXCLUDE (file_row_number) " +
                $"FROM read_parquet({DataPlane.Literal(changes)}, file_row_number = true)) TO {DataPlane.Literal(temporary)} (FORMAT PARQUET, COMPRESSION ZSTD)";
            command.ExecuteNonQuery();
        }
        // Concurrent first readers write the same content; the last rename wins and readers of the other keep their handle.
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
