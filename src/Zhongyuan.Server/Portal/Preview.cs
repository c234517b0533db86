using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Server.Portal;

/// <summary>The preview of the current version: the first rows after the filter and sort, and how many rows match.</summary>
/// <param name="Request">The sort and filter asked for.</param>
/// <param name="Page">The rows; null when the request was invalid.</param>
/// <param name="Matching">Rows matching the filter.</param>
/// <param name="Errors">Why the request was invalid (an unknown column, a value of the wrong type).</param>
internal sealed record Preview(PreviewRequest Request, RowsPage? Page, long Matching, IReadOnlyList<FieldError> Errors)
{
    /// <summary>Rows shown.</summary>
    public const int Rows = 20;

    /// <summary>Runs the two DuckDB queries of the preview (rows and count) over the version's Parquet file.</summary>
    public static Preview Run(DataPlane plane, DatasetVersion version, PreviewRequest request)
    {
        try
        {
            var filter = FilterParser.Parse(request.FilterText(version.Columns));
            var sort = request.SortColumn is null ? null : new[] { new SortKey(request.SortColumn, request.Descending) };
            using var duck = DataPlane.OpenReader();
            var file = plane.Full(version.File);
            var page = RowsReader.Query(duck, file, version.Columns, new RowsRequest(null, filter, sort, Rows));
            var matching = filter is null ? version.RowCount : RowsReader.Count(duck, file, version.Columns, filter);
            return new Preview(request, page, matching, []);
        }
        catch (QueryException e)
        {
            return new Preview(request, null, 0, e.Errors);
        }
    }
}
