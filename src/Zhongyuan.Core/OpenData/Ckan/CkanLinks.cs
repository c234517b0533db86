namespace Zhongyuan.OpenData.Ckan;

/// <summary>The <c>_links</c> of a <c>datastore_search</c> result (paths relative to the server).</summary>
/// <param name="Start">This search from its first row.</param>
/// <param name="Next">This search from the row after this page.</param>
public sealed record CkanLinks(string Start, string Next);
