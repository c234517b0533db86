using Zhongyuan.Catalog;

namespace Zhongyuan.Demo;

internal static partial class DemoCatalog
{
    private static readonly string[] OpenConditions =
    [
        "注册实名认证用户提交数据使用申请，经提供方审核同意后开放",
        "仅向科研机构和高等院校开放，需签订数据使用协议",
        "申请单位需说明使用场景，经审核同意后以接口方式开放，不得转售",
        "面向已备案的企业开发者开放，数据仅用于公益性应用开发",
    ];

    private static DemoResource Build(DemoCandidate c, Random random)
    {
        var t = c.Template;
        var items = ParseItems(t.Items);
        var share = ChooseShareType(t.Hints, items, random);
        var grade = ChooseGrade(t.Hints, items, random);
        var format = ChooseFormat(t.Hints, random);
        var open = ChooseOpenType(t.Hints, items, share, grade, random);
        var metadata = new ResourceMetadata
        {
            Classification = t.Classification,
            Name = c.Name,
            Abstract = c.Abstract,
            Format = format,
            Items = [.. items.Select(i => i with { ShareType = Stricter(i.ShareType, share) })],
            ShareType = share,
            ShareConditions = share == ShareType.Conditional ? c.Source.ShareCondition : null,
            ShareBasis = share == ShareType.NotShared ? t.Basis : null,
            ShareMethods = ChooseMethods(format, share, random),
            OpenType = open,
            OpenConditions = open == OpenType.Conditional ? OpenConditions[random.Next(OpenConditions.Length)] : null,
            UpdateCycle = t.Cycle,
            Grade = grade,
            Tags = Tags(c),
            Themes = open == OpenType.NotOpen ? [] : ChooseThemes(t.Classification, c.Source.Theme, random),
            RegionCode = c.RegionCode,
            QualityRules = QualityRules(items),
        };
        return new DemoResource(c.Provider, metadata, Publish: random.NextDouble() < 0.9);
    }

    /// <summary>The cross-field rules a steward would set: ID against birth date and sex, validity period start before end.</summary>
    private static IReadOnlyList<Governance.CrossRule> QualityRules(IReadOnlyList<InformationItem> items)
    {
        bool Has(string name, ItemDataType type) => items.Any(i => i.Name == name && i.DataType == type);
        var rules = new List<Governance.CrossRule>();
        if (Has("公民身份号码", ItemDataType.Text) && (Has("出生日期", ItemDataType.Date) || Has("性别", ItemDataType.Text)))
        {
            rules.Add(new Governance.CrossRule
            {
                Kind = Governance.CrossRuleKind.IdAgrees, IdItem = "公民身份号码",
                BirthDateItem = Has("出生日期", ItemDataType.Date) ? "出生日期" : null, SexItem = Has("性别", ItemDataType.Text) ? "性别" : null,
            });
        }
        if (Has("有效期起始日期", ItemDataType.Date) && Has("有效期截止日期", ItemDataType.Date))
        {
            rules.Add(new Governance.CrossRule { Kind = Governance.CrossRuleKind.DateOrder, StartItem = "有效期起始日期", EndItem = "有效期截止日期" });
        }
        return rules;
    }

    private static bool IsPersonal(InformationItem i) => i.Sensitivity is Sensitivity.Personal or Sensitivity.SensitivePersonal;

    private static ShareType Stricter(ShareType a, ShareType b) => (ShareType)Math.Max((int)a, (int)b);

    /// <summary>Personal data is shared on conditions at least; other data mostly without (sharing is the rule).</summary>
    private static ShareType ChooseShareType(DemoHints hints, IReadOnlyList<InformationItem> items, Random random) =>
        hints.HasFlag(DemoHints.NotShared) ? ShareType.NotShared
        : hints.HasFlag(DemoHints.Conditional) || items.Any(IsPersonal) ? ShareType.Conditional
        : random.NextDouble() < 0.15 ? ShareType.Conditional
        : ShareType.Unconditional;

    /// <summary>When in doubt, grade higher: sensitive personal data is often 重要数据; data meant for the public rarely.</summary>
    private static DataGrade ChooseGrade(DemoHints hints, IReadOnlyList<InformationItem> items, Random random)
    {
        var chance = items.Any(i => i.Sensitivity == Sensitivity.SensitivePersonal) ? 0.4 : hints.HasFlag(DemoHints.Open) ? 0 : 0.1;
        return hints.HasFlag(DemoHints.Core) ? DataGrade.Core
            : hints.HasFlag(DemoHints.Important) || random.NextDouble() < chance ? DataGrade.Important
            : DataGrade.General;
    }

    private static ResourceFormat ChooseFormat(DemoHints hints, Random random) =>
        hints.HasFlag(DemoHints.Document) ? ResourceFormat.ElectronicFile
        : hints.HasFlag(DemoHints.Spreadsheet) ? ResourceFormat.Spreadsheet
        : hints.HasFlag(DemoHints.Image) ? ResourceFormat.Image
        : hints.HasFlag(DemoHints.Media) ? ResourceFormat.Streaming
        : random.NextDouble() < 0.1 ? ResourceFormat.SelfDescribing
        : ResourceFormat.Database;

    /// <summary>无条件开放 only for general, non-personal data shared without conditions; core data never.</summary>
    private static OpenType ChooseOpenType(DemoHints hints, IReadOnlyList<InformationItem> items, ShareType share, DataGrade grade, Random random)
    {
        var roll = random.NextDouble();
        if (hints.HasFlag(DemoHints.NotOpen) || grade == DataGrade.Core || share == ShareType.NotShared
            || items.Any(i => i.Sensitivity == Sensitivity.SensitivePersonal))
        {
            return OpenType.NotOpen;
        }
        if (items.Any(IsPersonal) || share == ShareType.Conditional || grade == DataGrade.Important)
        {
            return roll < 0.3 ? OpenType.Conditional : OpenType.NotOpen;
        }
        var openChance = hints.HasFlag(DemoHints.Open) ? 0.85 : 0.5;
        return roll < openChance ? OpenType.Unconditional : roll < openChance + 0.2 ? OpenType.Conditional : OpenType.NotOpen;
    }

    /// <summary>One or two methods that fit the format; none for data that is not shared.</summary>
    private static IReadOnlyList<ShareMethod> ChooseMethods(ResourceFormat format, ShareType share, Random random)
    {
        if (share == ShareType.NotShared)
        {
            return [];
        }
        var fitting = Enum.GetValues<ShareMethod>().Where(m => CatalogRules.Fits(format, m)).ToArray();
        var first = fitting[random.Next(fitting.Length)];
        var second = fitting[random.Next(fitting.Length)];
        return first == second ? [first] : [.. new[] { first, second }.Order()];
    }

    /// <summary>The theme the classification suggests, else the provider's; sometimes the provider's as a second.</summary>
    private static IReadOnlyList<string> ChooseThemes(string classification, string providerTheme, Random random)
    {
        var primary = ThemeOfClassItem.GetValueOrDefault(classification[..3], providerTheme);
        return primary != providerTheme && random.NextDouble() < 0.5 ? [primary, providerTheme] : [primary];
    }

    /// <summary>The template's tags, the provider's tag and the variant's tag: two to five in all.</summary>
    private static IReadOnlyList<string> Tags(DemoCandidate c) =>
        [.. c.Template.Tags.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Append(c.Source.Tag)
            .Concat(c.VariantTag is null ? [] : [c.VariantTag])
            .Distinct(StringComparer.Ordinal)
            .Take(5)];
}
