namespace Zhongyuan.OpenData;

/// <summary>Which page of the DCAT catalog is written, for its hydra paging links.</summary>
/// <param name="Page">The 1-based page.</param>
/// <param name="PageSize">Datasets per page.</param>
/// <param name="Total">Datasets in the whole (filtered) catalog.</param>
/// <param name="PageUrl">The URL of a page without its <c>page</c> parameter, ending in <c>?</c> or <c>&amp;</c> (e.g. <c>…/catalog.ttl?modified_since=…&amp;</c>).</param>
public sealed record DcatPage(int Page, int PageSize, int Total, string PageUrl)
{
    /// <summary>The number of the last page (1 for an empty catalog).</summary>
    public int LastPage => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The URL of page <paramref name="page"/>.</summary>
    public string Url(int page) => PageUrl + "page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
