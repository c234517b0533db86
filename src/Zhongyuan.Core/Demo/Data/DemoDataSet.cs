namespace Zhongyuan.Demo.Data;

/// <summary>One generated demo data file and the catalog entry it is the data of.</summary>
/// <param name="ResourceName">The 信息资源名称 of the demo catalog entry, e.g. <c>人口基本信息</c>.</param>
/// <param name="ProviderName">The providing department, e.g. <c>河南省公安厅</c>.</param>
/// <param name="FileName">The file name inside the output directory, e.g. <c>persons.csv</c>.</param>
/// <param name="Encoding">The file's encoding: <c>utf-8</c>, <c>utf-8-bom</c> (with a byte order mark) or <c>gb18030</c> (code page 54936).</param>
/// <param name="Rows">The data rows written, header excluded, deliberate duplicates included.</param>
/// <param name="Columns">The header, in file order: the entry's information items, then any extra columns.</param>
/// <param name="ExtraColumns">The columns that are not information items of the entry (kept for cross-data-set links).</param>
internal sealed record DemoDataSet(
    string ResourceName, string ProviderName, string FileName, string Encoding, long Rows,
    IReadOnlyList<string> Columns, IReadOnlyList<string> ExtraColumns);
