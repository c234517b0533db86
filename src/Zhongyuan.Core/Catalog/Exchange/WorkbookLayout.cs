using System.Collections.Frozen;
using Zhongyuan.Localization;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>The sheets and columns of the import and export workbook, in the order they are written.</summary>
internal static class WorkbookLayout
{
    public const string ResourceSheet = "信息资源";
    public const string ItemSheet = "信息项";
    public const string GuideSheet = "填写说明";

    public const string Code = "资源代码";
    public const string Name = "信息资源名称";
    public const string Classification = "信息资源分类代码";
    public const string Provider = "信息资源提供方";
    public const string ProviderCode = "提供方代码";
    public const string Abstract = "信息资源摘要";
    public const string Format = "信息资源格式";
    public const string ShareType = "共享类型";
    public const string ShareConditions = "共享条件";
    public const string ShareBasis = "不予共享依据";
    public const string ShareMethods = "共享方式";
    public const string OpenType = "开放类型";
    public const string OpenConditions = "开放条件";
    public const string UpdateCycle = "更新周期";
    public const string Grade = "数据分级";
    public const string RegionCode = "所属行政区划代码";
    public const string Tags = "标签";
    public const string Themes = "开放主题";
    public const string RelatedCodes = "关联资源代码";
    public const string Status = "状态";
    public const string Version = "版本";
    public const string PublishDate = "发布日期";

    public const string ItemResource = "资源代码或名称";
    public const string ItemName = "信息项名称";
    public const string DataType = "数据类型";
    public const string Length = "长度";
    public const string DataElement = "数据元";
    public const string Sensitivity = "敏感级别";
    public const string Masking = "脱敏规则";
    public const string IsKey = "是否主键";

    /// <summary>What separates several values in one cell.</summary>
    public static readonly char[] Separators = ['、', ',', '，', ';', '；', '\n'];

    private const string Several = "可填多个，用“、”分隔";

    public static IReadOnlyList<WorkbookColumn> ResourceColumns { get; } =
    [
        new(Code, "code", false, "新增资源留空；填写已有资源代码则更新该资源", []),
        new(Name, "name", true, "必填，描述数据内容，不要使用信息系统名称", []),
        new(Classification, "classification", true, "必填，9位数字：类(1位)+项(2位)+目(3位)+细目(3位)，如101001000", []),
        new(Provider, "provider", true, "提供部门全称；与提供方代码至少填一项", []),
        new(ProviderCode, "providerCode", false, "提供部门的统一社会信用代码", []),
        new(Abstract, "abstract", true, "必填", []),
        new(Format, "format", true, "必填", Zh<ResourceFormat>()),
        new(ShareType, "shareType", true, "必填", Zh<ShareType>()),
        new(ShareConditions, "shareConditions", false, "有条件共享时必填", []),
        new(ShareBasis, "shareBasis", false, "不予共享时必填，写明法律法规或政策依据", []),
        new(ShareMethods, "shareMethods", true, "必填，" + Several, Zh<ShareMethod>()),
        new(OpenType, "openType", true, "必填", Zh<OpenType>()),
        new(OpenConditions, "openConditions", false, "有条件开放时必填", []),
        new(UpdateCycle, "updateCycle", true, "必填", Zh<UpdateCycle>()),
        new(Grade, "grade", true, "必填，难以确定时从高定级", Zh<DataGrade>()),
        new(RegionCode, "regionCode", true, "必填，6位行政区划代码，如410000", []),
        new(Tags, "tags", false, Several, []),
        new(Themes, "themes", false, Several, OpenDataThemes.All),
        new(RelatedCodes, "relatedCodes", false, Several, []),
        new(Status, "status", false, "导出时填写，导入时忽略", Zh<ResourceStatus>()),
        new(Version, "version", false, "导出时填写，导入时忽略", []),
        new(PublishDate, "publishDate", false, "导出时填写，导入时忽略", []),
    ];

    public static IReadOnlyList<WorkbookColumn> ItemColumns { get; } =
    [
        new(ItemResource, "resource", true, "必填，所属信息资源的资源代码；新增资源填信息资源名称", []),
        new(ItemName, "name", true, "必填", []),
        new(DataType, "dataType", true, "必填", Zh<ItemDataType>()),
        new(Length, "length", false, "整数，不要带单位（填“18”而不是“18位”）", []),
        new(DataElement, "dataElement", false, "引用的数据元标识符，如DE00001", []),
        new(ShareType, "shareType", false, "留空则与所属资源相同", Zh<ShareType>()),
        new(Sensitivity, "sensitivity", false, "留空为非敏感", Zh<Sensitivity>()),
        new(Masking, "masking", false, "留空为不脱敏", Zh<MaskingRule>()),
        new(IsKey, "isKey", false, "留空为否", ["是", "否"]),
    ];

    private static readonly FrozenDictionary<string, string> FieldByHeader =
        ResourceColumns.Concat(ItemColumns).DistinctBy(c => c.Header).ToFrozenDictionary(c => c.Header, c => c.Field, StringComparer.Ordinal);

    /// <summary>The field name of a column header (the same header names the same field in both sheets).</summary>
    public static string FieldOf(string header) => FieldByHeader[header];

    private static string[] Zh<T>() where T : struct, Enum => [.. Labels.All<T>().Select(p => p.Label.Zh)];
}
