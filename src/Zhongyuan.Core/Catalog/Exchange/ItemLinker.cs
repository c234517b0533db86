namespace Zhongyuan.Catalog.Exchange;

/// <summary>
/// Links rows of the 信息项 sheet to rows of the 信息资源 sheet by the resource's code, or by its name
/// for a new resource without a code. Rows that link to no resource, or to several resources of the same
/// name, are reported in a row-0 entry rather than silently dropped.
/// </summary>
internal sealed class ItemLinker
{
    private const int Ambiguous = -1;
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

    public ItemLinker(IReadOnlyList<SheetRow> resources)
    {
        for (var i = 0; i < resources.Count; i++)
        {
            foreach (var key in new[] { resources[i].Text(WorkbookLayout.Code), resources[i].Text(WorkbookLayout.Name) }.OfType<string>().Distinct())
            {
                _byKey[key] = _byKey.TryGetValue(key, out var other) && other != i ? Ambiguous : i;
            }
        }
    }

    /// <summary>The item rows of each resource, in resource order, and the errors of the rows that link to none.</summary>
    public (List<SheetRow>[] ItemsByResource, List<FieldError> Errors) Link(int resourceCount, IEnumerable<SheetRow> items)
    {
        var byResource = Enumerable.Range(0, resourceCount).Select(_ => new List<SheetRow>()).ToArray();
        var errors = new List<FieldError>();
        foreach (var item in items)
        {
            var link = item.Text(WorkbookLayout.ItemResource);
            if (link is not null && _byKey.TryGetValue(link, out var index))
            {
                if (index == Ambiguous)
                {
                    errors.Add(ExchangeErrors.ItemAmbiguous(item.Number, link));
                    continue;
                }
                byResource[index].Add(item);
                continue;
            }
            errors.Add(ExchangeErrors.ItemUnlinked(item.Number, link));
        }
        return (byResource, errors);
    }
}
