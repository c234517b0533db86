using Zhongyuan.Catalog;

namespace Zhongyuan.Governance;

/// <summary>
/// A data-element standard (数据元): the agreed definition of a kind of value, with the rules every item that
/// declares it gets (an item with <see cref="InformationItem.DataElement"/> = <c>DE00001</c> is checked as a 公民身份号码).
/// </summary>
/// <param name="Code">Its identifier, e.g. <c>DE00001</c>.</param>
/// <param name="Name">Its name, e.g. 公民身份号码.</param>
/// <param name="DataType">The type items of this element should have.</param>
/// <param name="Rules">The rules, standardisers first, in the order they run.</param>
public sealed record DataElement(string Code, string Name, ItemDataType DataType, IReadOnlyList<ItemRule> Rules);
