using System.Collections.Frozen;
using Zhongyuan.Catalog;

namespace Zhongyuan.Demo;

internal static partial class DemoCatalog
{
    /// <summary>Items with a data-element reference or personal content, spelled out; others are inferred from their names.</summary>
    private static readonly FrozenDictionary<string, InformationItem> KnownItems = new InformationItem[]
    {
        Personal("公民身份号码", 18, "DE00001", Sensitivity.SensitivePersonal, MaskingRule.IdNumber),
        Personal("姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("性别", 1, "DE00003", Sensitivity.Personal, MaskingRule.None),
        new("出生日期", ItemDataType.Date, null, "DE00004", Sensitivity: Sensitivity.Personal),
        Personal("民族", 10, "DE00005", Sensitivity.Personal, MaskingRule.None),
        Personal("手机号码", 11, "DE00006", Sensitivity.Personal, MaskingRule.Phone),
        Personal("联系电话", 20, "DE00007", Sensitivity.Personal, MaskingRule.Phone),
        Personal("住址", 200, "DE00008", Sensitivity.Personal, MaskingRule.Address),
        Personal("户籍地址", 200, "DE00009", Sensitivity.Personal, MaskingRule.Address),
        Personal("居住地址", 200, "DE00010", Sensitivity.Personal, MaskingRule.Address),
        Personal("银行卡号", 19, "DE00011", Sensitivity.SensitivePersonal, MaskingRule.BankCard),
        Personal("社会保障号码", 18, "DE00012", Sensitivity.SensitivePersonal, MaskingRule.IdNumber),
        Personal("社会保障卡号", 9, "DE00013", Sensitivity.SensitivePersonal, MaskingRule.Pseudonym),
        Personal("婚姻状况", 10, "DE00014", Sensitivity.Personal, MaskingRule.None),
        Personal("文化程度", 20, "DE00015", Sensitivity.Personal, MaskingRule.None),
        Personal("男方姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("女方姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("男方公民身份号码", 18, "DE00001", Sensitivity.SensitivePersonal, MaskingRule.IdNumber),
        Personal("女方公民身份号码", 18, "DE00001", Sensitivity.SensitivePersonal, MaskingRule.IdNumber),
        Personal("法定代表人姓名", 50, "DE00021", Sensitivity.Personal, MaskingRule.Name),
        Personal("负责人姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("联系人姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("监护人姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("驾驶证号", 18, "DE00001", Sensitivity.SensitivePersonal, MaskingRule.IdNumber),
        Personal("号牌号码", 15, "DE00040", Sensitivity.Personal, MaskingRule.Pseudonym),
        Personal("学籍号", 19, "DE00041", Sensitivity.Personal, MaskingRule.Pseudonym),
        Personal("家庭人均月收入", 12, null, Sensitivity.SensitivePersonal, MaskingRule.Redact, ItemDataType.Decimal),
        Personal("残疾类别", 2, "DE00016", Sensitivity.SensitivePersonal, MaskingRule.Redact),
        Personal("残疾等级", 2, "DE00017", Sensitivity.SensitivePersonal, MaskingRule.Redact),
        Personal("疾病诊断", 500, "DE00018", Sensitivity.SensitivePersonal, MaskingRule.Redact),
        Personal("母亲姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("父亲姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("母亲公民身份号码", 18, "DE00001", Sensitivity.SensitivePersonal, MaskingRule.IdNumber),
        Personal("父亲公民身份号码", 18, "DE00001", Sensitivity.SensitivePersonal, MaskingRule.IdNumber),
        Personal("申请人证件号码", 18, "DE00001", Sensitivity.SensitivePersonal, MaskingRule.IdNumber),
        Personal("申请人名称", 200, null, Sensitivity.Personal, MaskingRule.Name),
        Personal("权利人名称", 200, null, Sensitivity.Personal, MaskingRule.Name),
        Personal("经营者姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("来电人姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("受援人姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("首席合伙人姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("项目负责人姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("河长姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("网格员姓名", 50, "DE00002", Sensitivity.Personal, MaskingRule.Name),
        Personal("监护人联系电话", 20, "DE00007", Sensitivity.Personal, MaskingRule.Phone),
        Personal("网格员联系电话", 20, "DE00007", Sensitivity.Personal, MaskingRule.Phone),
        Personal("血型", 2, null, Sensitivity.SensitivePersonal, MaskingRule.Redact),
        Personal("病种名称", 100, null, Sensitivity.SensitivePersonal, MaskingRule.Redact),
        new("照片", ItemDataType.Binary, null, "DE00019", Sensitivity: Sensitivity.SensitivePersonal, Masking: MaskingRule.Redact),
        new("指纹信息", ItemDataType.Binary, null, "DE00020", Sensitivity: Sensitivity.SensitivePersonal, Masking: MaskingRule.Redact),
        new("统一社会信用代码", ItemDataType.Text, 18, "DE00030"),
        new("企业名称", ItemDataType.Text, 200, "DE00031"),
        new("单位名称", ItemDataType.Text, 200, "DE00032"),
        new("纳税人识别号", ItemDataType.Text, 20, "DE00033"),
        new("行政区划代码", ItemDataType.Text, 6, "DE00034"),
        new("行政区划名称", ItemDataType.Text, 100, "DE00035"),
        new("经度", ItemDataType.Decimal, 11, "DE00036"),
        new("纬度", ItemDataType.Decimal, 10, "DE00037"),
        new("统计年度", ItemDataType.Integer, 4, "DE00038"),
    }.ToFrozenDictionary(i => i.Name, StringComparer.Ordinal);

    /// <summary>Name endings and the type they imply, in order: decimals before integers, since 指数 ends in 数.</summary>
    private static readonly (string[] Endings, ItemDataType Type, int? Length)[] InferredTypes =
    [
        (["日期"], ItemDataType.Date, null),
        (["时间"], ItemDataType.Timestamp, null),
        (["年度", "年份"], ItemDataType.Integer, 4),
        (["月份"], ItemDataType.Text, 6),
        (["照片", "图片", "影像", "附件", "视频", "图件"], ItemDataType.Binary, null),
        (["金额", "费用", "价格", "票价", "均价", "总值", "收入", "支出", "产值", "资金", "资本", "基数", "面积", "里程", "长度", "宽度",
          "指数", "度", "含量", "比率", "增速", "水位", "流量", "水量", "电量", "降水量", "产量", "总量", "库容", "能耗", "蓄积", "蓄积量",
          "额", "率", "值"], ItemDataType.Decimal, 18),
        (["数", "数量", "人口", "人次", "分数线", "承载量", "树龄"], ItemDataType.Integer, 10),
        (["代码", "编码", "编号", "号码", "证号", "文号", "号"], ItemDataType.Text, 32),
        (["名称", "地址", "位置", "地点", "机构", "单位"], ItemDataType.Text, 200),
        (["类型", "类别", "状态", "等级", "级别", "性质", "结果", "方式"], ItemDataType.Text, 20),
        (["内容", "说明", "描述", "范围", "情况", "意见", "原因", "事由", "依据", "措施"], ItemDataType.Text, 2000),
    ];

    private static InformationItem Personal(string name, int length, string? element, Sensitivity sensitivity, MaskingRule masking,
        ItemDataType type = ItemDataType.Text) =>
        new(name, type, length, element, Sensitivity: sensitivity, Masking: masking);

    /// <summary>Parses a template's item list: names separated by spaces, key items marked with a trailing <c>*</c>.</summary>
    private static List<InformationItem> ParseItems(string spec)
    {
        var names = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var anyMarked = names.Any(n => n.EndsWith('*'));
        return [.. names.Select((n, i) => Item(n.TrimEnd('*')) with { IsKey = anyMarked ? n.EndsWith('*') : i == 0 })];
    }

    /// <summary>A known item as spelled out, or one typed after its name; sensitive personal items are shared on conditions.</summary>
    private static InformationItem Item(string name)
    {
        var item = KnownItems.TryGetValue(name, out var known) ? known : Inferred(name);
        return item.Sensitivity == Sensitivity.SensitivePersonal ? item with { ShareType = ShareType.Conditional } : item;
    }

    private static InformationItem Inferred(string name)
    {
        if (name.StartsWith("是否", StringComparison.Ordinal))
        {
            return new InformationItem(name, ItemDataType.Boolean);
        }
        foreach (var (endings, type, length) in InferredTypes)
        {
            if (endings.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
            {
                return new InformationItem(name, type, length);
            }
        }
        return new InformationItem(name, ItemDataType.Text, 100);
    }
}
