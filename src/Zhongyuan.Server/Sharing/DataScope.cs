using Zhongyuan.Ingest.Query;
using Zhongyuan.Sharing.Access;

namespace Zhongyuan.Server.Sharing;

/// <summary>
/// What one request may read of a dataset version: the whole version (<see cref="Granted"/> null: open data, or a user
/// token with <c>data:read</c>) or an application's grant view with its remaining daily quota.
/// </summary>
internal sealed class DataScope
{
    private DataScope(RowsView view, GrantedView? granted, long? remaining, IReadOnlyList<string> allColumns)
    {
        View = view;
        Granted = granted;
        Remaining = remaining;
        AllColumns = allColumns;
    }

    /// <summary>The rows to read through.</summary>
    public RowsView View { get; }

    /// <summary>The grant and its view, for an application; null otherwise.</summary>
    public GrantedView? Granted { get; }

    /// <summary>Rows the grant may still deliver today; null for no limit.</summary>
    public long? Remaining { get; }

    /// <summary>Every column name of the version (to tell a non-granted item from an unknown one).</summary>
    private IReadOnlyList<string> AllColumns { get; }

    public static DataScope Unrestricted(RowsView view) => new(view, null, null, []);

    public static DataScope ForGrant(GrantedView granted, long? remaining, IReadOnlyList<string> allColumns) =>
        new(granted.View, granted, remaining, allColumns);

    /// <summary>The requested columns that exist in the version but are not granted (empty when all are granted or there is no grant).</summary>
    public IReadOnlyList<string> NotGranted(IEnumerable<string>? names) =>
        Granted is null || names is null
            ? []
            : [.. names.Distinct(StringComparer.Ordinal).Where(n => AllColumns.Contains(n, StringComparer.Ordinal) && !Granted.Items.Contains(n, StringComparer.Ordinal))];

    /// <summary>The request with its page size cut to the remaining quota.</summary>
    public RowsRequest Clamp(RowsRequest request) =>
        Remaining is { } left && left < request.Limit ? request with { Limit = (int)Math.Max(1, left) } : request;
}
