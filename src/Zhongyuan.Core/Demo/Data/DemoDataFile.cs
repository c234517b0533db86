namespace Zhongyuan.Demo.Data;

/// <summary>How one demo data file is written.</summary>
/// <param name="ResourceName">The demo catalog entry's name.</param>
/// <param name="ProviderName">The entry's provider.</param>
/// <param name="FileName">The file name.</param>
/// <param name="Encoding"><c>utf-8</c>, <c>utf-8-bom</c> or <c>gb18030</c>.</param>
/// <param name="NewLine">The row terminator: <c>\n</c>, or <c>\r\n</c> as Windows exports write.</param>
/// <param name="DateStyle">The usual style of the file's dates.</param>
/// <param name="Items">The entry's information items, in catalog order.</param>
/// <param name="Extras">Extra columns after the items.</param>
internal sealed record DemoDataFile(
    string ResourceName, string ProviderName, string FileName, string Encoding, string NewLine, DateStyle DateStyle,
    string[] Items, string[] Extras)
{
    /// <summary>The header: the items, then the extras.</summary>
    public IReadOnlyList<string> Columns => [.. Items, .. Extras];

    /// <summary>The manifest entry once <paramref name="rows"/> rows are written.</summary>
    public DemoDataSet Written(long rows) => new(ResourceName, ProviderName, FileName, Encoding, rows, Columns, Extras);
}
