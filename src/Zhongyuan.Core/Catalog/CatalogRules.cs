using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>
/// The validation rules of a catalog entry. Each rule is a pure function from the metadata (and, for
/// rules that need them, facts about the rest of the catalog) to the errors it finds; <see cref="Validate"/>
/// runs them all. The rules come from the 2017 编制指南 and the common filling mistakes in domain.md.
/// </summary>
public static class CatalogRules
{
    private static readonly Func<ResourceMetadata, IEnumerable<FieldError>>[] PureRules =
    [
        RequiredText, ClassificationKnown, NotSystemName, AtLeastOneItem, ItemsWellFormed,
        NotSharedNeedsBasis, ConditionalShareNeedsConditions, ShareMethodsPresent, FormatFitsShareMethods,
        UnconditionalOpenNeedsOpenData, CoreDataNotOpen, ConditionalOpenNeedsConditions, ThemesKnown, RelatedCodesWellFormed,
        Governance.GovernanceRules.Validate,
    ];

    /// <summary>Runs every rule; an empty list means the entry is valid.</summary>
    public static IReadOnlyList<FieldError> Validate(ResourceMetadata m, CatalogRuleContext context)
    {
        var errors = PureRules.SelectMany(rule => rule(m)).ToList();
        errors.AddRange(NameDistinct(m, context.ExistingNameKeys));
        errors.AddRange(RegionKnown(m, context.IsKnownRegion));
        return errors;
    }

    /// <summary>Name, abstract and region are required.</summary>
    public static IEnumerable<FieldError> RequiredText(ResourceMetadata m)
    {
        if (string.IsNullOrWhiteSpace(m.Name))
        {
            yield return FieldError.Of("name", "required", "信息资源名称不能为空", "The resource name is required");
        }
        else if (m.Name.Length > 200)
        {
            yield return FieldError.Of("name", "too_long", "信息资源名称不能超过200个字", "The resource name must be at most 200 characters");
        }
        if (string.IsNullOrWhiteSpace(m.Abstract))
        {
            yield return FieldError.Of("abstract", "required", "信息资源摘要不能为空", "The abstract is required");
        }
        if (string.IsNullOrWhiteSpace(m.RegionCode))
        {
            yield return FieldError.Of("regionCode", "required", "所属行政区划不能为空", "The region is required");
        }
    }

    /// <summary>The classification code parses and its item exists in its class.</summary>
    public static IEnumerable<FieldError> ClassificationKnown(ResourceMetadata m)
    {
        if (!Classification.TryParse(m.Classification, out var c))
        {
            yield return FieldError.Of("classification", "classification_format",
                "信息资源分类代码应为9位数字：类(1位，1基础/2主题/3部门)+项(2位)+目(3位)+细目(3位)",
                "The classification code must be 9 digits: class (1 basic, 2 thematic, 3 departmental), item (2), category (3), sub-category (3)");
        }
        else if (ClassificationScheme.ItemName(c.Kind, c.Item) is null)
        {
            yield return FieldError.Of("classification", "classification_item_unknown",
                $"{Labels.Zh(c.Kind)}下没有代码为{c.Item}的项", $"The class {Labels.Of(c.Kind).En} has no item {c.Item}");
        }
    }

    /// <summary>A resource is named after its content, not after the information system that holds it.</summary>
    public static IEnumerable<FieldError> NotSystemName(ResourceMetadata m)
    {
        var name = m.Name?.Trim() ?? "";
        string[] systemWords = ["系统", "平台", "数据库", "管理软件"];
        if (systemWords.Any(w => name.EndsWith(w, StringComparison.Ordinal)))
        {
            yield return FieldError.Of("name", "system_name",
                "信息资源名称应描述数据内容，不应使用信息系统名称", "Name the data, not the information system that holds it");
        }
    }

    /// <summary>At least one information item.</summary>
    public static IEnumerable<FieldError> AtLeastOneItem(ResourceMetadata m)
    {
        if (m.Items.Count == 0)
        {
            yield return FieldError.Of("items", "items_required", "至少需要一个信息项", "At least one information item is required");
        }
    }

    /// <summary>Every item has a name, names are unique, lengths are positive, a masked item is sensitive.</summary>
    public static IEnumerable<FieldError> ItemsWellFormed(ResourceMetadata m)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < m.Items.Count; i++)
        {
            var item = m.Items[i];
            if (string.IsNullOrWhiteSpace(item.Name))
            {
                yield return FieldError.Of($"items[{i}].name", "required", "信息项名称不能为空", "The item name is required");
            }
            else if (!seen.Add(NameKey.Of(item.Name)))
            {
                yield return FieldError.Of($"items[{i}].name", "item_duplicate",
                    $"信息项“{item.Name}”重复", $"The item \"{item.Name}\" appears twice");
            }
            if (item.Length is <= 0)
            {
                yield return FieldError.Of($"items[{i}].length", "length_positive", "信息项长度必须是正整数", "The item length must be a positive whole number");
            }
        }
    }

    /// <summary>不予共享 needs a legal or policy basis.</summary>
    public static IEnumerable<FieldError> NotSharedNeedsBasis(ResourceMetadata m)
    {
        if (m.ShareType == ShareType.NotShared && string.IsNullOrWhiteSpace(m.ShareBasis))
        {
            yield return FieldError.Of("shareBasis", "share_basis_required",
                "不予共享的信息资源必须注明法律、行政法规或党中央、国务院政策依据",
                "A resource that is not shared must state its legal or policy basis");
        }
    }

    /// <summary>有条件共享 needs its conditions.</summary>
    public static IEnumerable<FieldError> ConditionalShareNeedsConditions(ResourceMetadata m)
    {
        if (m.ShareType == ShareType.Conditional && string.IsNullOrWhiteSpace(m.ShareConditions))
        {
            yield return FieldError.Of("shareConditions", "share_conditions_required",
                "有条件共享的信息资源必须注明共享条件", "A conditionally shared resource must state its conditions");
        }
    }

    /// <summary>A shared resource names at least one share method.</summary>
    public static IEnumerable<FieldError> ShareMethodsPresent(ResourceMetadata m)
    {
        if (m.ShareType != ShareType.NotShared && m.ShareMethods.Count == 0)
        {
            yield return FieldError.Of("shareMethods", "share_methods_required", "请选择至少一种共享方式", "Choose at least one share method");
        }
    }

    /// <summary>
    /// The format fits each share method: table exchange (库表) needs a database; documents (电子文件) can
    /// only be shared as files; images and media cannot be exchanged as tables.
    /// </summary>
    public static IEnumerable<FieldError> FormatFitsShareMethods(ResourceMetadata m)
    {
        foreach (var method in m.ShareMethods.Distinct())
        {
            if (!Fits(m.Format, method))
            {
                yield return FieldError.Of("shareMethods", "format_method_mismatch",
                    $"信息资源格式“{Labels.Zh(m.Format)}”不能以“{Labels.Zh(method)}”方式共享",
                    $"A resource in the format \"{Labels.Of(m.Format).En}\" cannot be shared by \"{Labels.Of(method).En}\"");
            }
        }
    }

    /// <summary>Whether a format can be shared by a method.</summary>
    public static bool Fits(ResourceFormat format, ShareMethod method) => (format, method) switch
    {
        (ResourceFormat.Database, _) => true,
        (_, ShareMethod.File) => true,
        (ResourceFormat.ElectronicFile, _) => false,
        (_, ShareMethod.Table) => false,
        _ => true,
    };

    /// <summary>无条件开放 only for a resource shared without conditions and holding no personal information.</summary>
    public static IEnumerable<FieldError> UnconditionalOpenNeedsOpenData(ResourceMetadata m)
    {
        if (m.OpenType != OpenType.Unconditional)
        {
            yield break;
        }
        if (m.ShareType != ShareType.Unconditional)
        {
            yield return FieldError.Of("openType", "open_requires_unconditional_share",
                "只有无条件共享的信息资源才能无条件开放", "Only an unconditionally shared resource can be opened without conditions");
        }
        if (m.Items.Any(i => i.Sensitivity is Sensitivity.Personal or Sensitivity.SensitivePersonal))
        {
            yield return FieldError.Of("openType", "open_personal_information",
                "含有个人信息的信息资源不能无条件开放", "A resource holding personal information cannot be opened without conditions");
        }
    }

    /// <summary>核心数据 is never opened.</summary>
    public static IEnumerable<FieldError> CoreDataNotOpen(ResourceMetadata m)
    {
        if (m.Grade == DataGrade.Core && m.OpenType != OpenType.NotOpen)
        {
            yield return FieldError.Of("openType", "core_data_not_open", "核心数据不得开放", "Core data cannot be opened");
        }
    }

    /// <summary>有条件开放 needs its conditions.</summary>
    public static IEnumerable<FieldError> ConditionalOpenNeedsConditions(ResourceMetadata m)
    {
        if (m.OpenType == OpenType.Conditional && string.IsNullOrWhiteSpace(m.OpenConditions))
        {
            yield return FieldError.Of("openConditions", "open_conditions_required",
                "有条件开放的信息资源必须注明开放条件", "A conditionally open resource must state its conditions");
        }
    }

    /// <summary>Themes come from the portal's list.</summary>
    public static IEnumerable<FieldError> ThemesKnown(ResourceMetadata m)
    {
        foreach (var theme in m.Themes.Where(t => !OpenDataThemes.IsKnown(t)))
        {
            yield return FieldError.Of("themes", "theme_unknown", $"未知的开放主题“{theme}”", $"Unknown open-data theme \"{theme}\"");
        }
    }

    /// <summary>Related resource codes have the shape of a resource code.</summary>
    public static IEnumerable<FieldError> RelatedCodesWellFormed(ResourceMetadata m)
    {
        foreach (var code in m.RelatedCodes.Where(c => !ResourceCode.IsWellFormed(c)))
        {
            yield return FieldError.Of("relatedCodes", "related_code_format",
                $"关联资源代码“{code}”格式不正确", $"The related resource code \"{code}\" is malformed");
        }
    }

    /// <summary>The name differs from the provider's other names by more than punctuation or spaces.</summary>
    public static IEnumerable<FieldError> NameDistinct(ResourceMetadata m, IReadOnlySet<string> existingNameKeys)
    {
        if (!string.IsNullOrWhiteSpace(m.Name) && existingNameKeys.Contains(NameKey.Of(m.Name)))
        {
            yield return FieldError.Of("name", "name_duplicate",
                "该提供方已有同名信息资源（仅标点或空格不同也视为同名）",
                "The provider already has a resource with this name (names differing only by punctuation or spaces are the same)");
        }
    }

    /// <summary>The region code is a known division.</summary>
    public static IEnumerable<FieldError> RegionKnown(ResourceMetadata m, Func<string, bool> isKnownRegion)
    {
        if (!string.IsNullOrWhiteSpace(m.RegionCode) && !isKnownRegion(m.RegionCode))
        {
            yield return FieldError.Of("regionCode", "region_unknown",
                $"未知的行政区划代码“{m.RegionCode}”", $"Unknown region code \"{m.RegionCode}\"");
        }
    }
}
