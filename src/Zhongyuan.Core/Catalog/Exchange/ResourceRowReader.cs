namespace Zhongyuan.Catalog.Exchange;

/// <summary>Converts a row of the 信息资源 sheet and the rows of its items into an entry.</summary>
internal static class ResourceRowReader
{
    public static ImportedEntry Read(SheetRow row, IReadOnlyList<SheetRow> itemRows)
    {
        var errors = new List<FieldError>();
        var cells = new CellReader(row, errors);
        var provider = cells.Text(WorkbookLayout.ProviderCode) ?? cells.Text(WorkbookLayout.Provider);
        if (provider is null)
        {
            errors.Add(ExchangeErrors.ProviderRequired());
        }
        var code = cells.Text(WorkbookLayout.Code);
        if (code is not null && !ResourceCode.IsWellFormed(code))
        {
            errors.Add(ExchangeErrors.CodeFormat("code", code));
        }
        var metadata = ReadMetadata(cells, itemRows, errors);
        return ImportedEntry.Create(row.Number, provider ?? "", code, metadata, errors);
    }

    private static ResourceMetadata ReadMetadata(CellReader cells, IReadOnlyList<SheetRow> itemRows, List<FieldError> errors)
    {
        var shareType = cells.Enum<ShareType>(WorkbookLayout.ShareType) ?? ShareType.Unconditional;
        return new ResourceMetadata
        {
            Classification = cells.Classification(WorkbookLayout.Classification),
            Name = cells.Required(WorkbookLayout.Name),
            Abstract = cells.Required(WorkbookLayout.Abstract),
            Format = cells.Enum<ResourceFormat>(WorkbookLayout.Format) ?? default,
            ShareType = shareType,
            ShareConditions = cells.Text(WorkbookLayout.ShareConditions),
            ShareBasis = cells.Text(WorkbookLayout.ShareBasis),
            ShareMethods = cells.EnumList<ShareMethod>(WorkbookLayout.ShareMethods),
            OpenType = cells.Enum<OpenType>(WorkbookLayout.OpenType) ?? default,
            OpenConditions = cells.Text(WorkbookLayout.OpenConditions),
            UpdateCycle = cells.Enum<UpdateCycle>(WorkbookLayout.UpdateCycle) ?? default,
            Grade = cells.Enum<DataGrade>(WorkbookLayout.Grade) ?? default,
            RegionCode = cells.Required(WorkbookLayout.RegionCode),
            Tags = cells.List(WorkbookLayout.Tags),
            Themes = cells.List(WorkbookLayout.Themes),
            RelatedCodes = cells.List(WorkbookLayout.RelatedCodes),
            Items = [.. itemRows.Select((item, i) => ReadItem(item, i, shareType, errors))],
        };
    }

    // An item's share type left empty is the resource's: an item may be stricter, rarely looser.
    private static InformationItem ReadItem(SheetRow row, int index, ShareType resourceShareType, List<FieldError> errors)
    {
        var cells = new CellReader(row, errors, $"items[{index}].", row.Number);
        return new InformationItem(
            cells.Required(WorkbookLayout.ItemName),
            cells.Enum<ItemDataType>(WorkbookLayout.DataType) ?? default,
            cells.Number(WorkbookLayout.Length),
            cells.Text(WorkbookLayout.DataElement),
            cells.Enum<ShareType>(WorkbookLayout.ShareType, required: false) ?? resourceShareType,
            cells.Enum<Sensitivity>(WorkbookLayout.Sensitivity, required: false) ?? Sensitivity.None,
            cells.Enum<MaskingRule>(WorkbookLayout.Masking, required: false) ?? MaskingRule.None,
            cells.Flag(WorkbookLayout.IsKey));
    }
}
