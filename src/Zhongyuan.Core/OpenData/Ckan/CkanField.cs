namespace Zhongyuan.OpenData.Ckan;

/// <summary>A column as <c>datastore_search</c> describes it.</summary>
/// <param name="Id">The column (information item) name.</param>
/// <param name="Type">The CKAN DataStore type: text, numeric, int, timestamp, date or bool.</param>
public sealed record CkanField(string Id, string Type);
