using Zhongyuan.Localization;

namespace Zhongyuan.Identifiers;

/// <summary>
/// 登记管理部门: the first character of a unified social credit code (GB 32100-2015, Appendix A and
/// its later additions). The comment of each member gives its character.
/// </summary>
public enum RegistrationAuthority : byte
{
    /// <summary><c>1</c>.</summary>
    [Label("机构编制", "Institutional establishment")] Establishment,

    /// <summary><c>2</c>.</summary>
    [Label("外交", "Foreign affairs")] ForeignAffairs,

    /// <summary><c>3</c>.</summary>
    [Label("司法行政", "Judicial administration")] Justice,

    /// <summary><c>4</c>.</summary>
    [Label("文化", "Culture")] Culture,

    /// <summary><c>5</c>.</summary>
    [Label("民政", "Civil affairs")] CivilAffairs,

    /// <summary><c>6</c>.</summary>
    [Label("旅游", "Tourism")] Tourism,

    /// <summary><c>7</c>.</summary>
    [Label("宗教", "Religious affairs")] Religion,

    /// <summary><c>8</c>.</summary>
    [Label("工会", "Trade unions")] TradeUnion,

    /// <summary><c>9</c>: 工商, now 市场监管 (market regulation).</summary>
    [Label("工商（市场监管）", "Industry and commerce (market regulation)")] MarketRegulation,

    /// <summary><c>A</c>.</summary>
    [Label("中央军委改革和编制办公室", "Reform and Establishment Office of the Central Military Commission")] MilitaryEstablishment,

    /// <summary><c>N</c>.</summary>
    [Label("农业", "Agriculture")] Agriculture,

    /// <summary><c>Y</c>.</summary>
    [Label("其他", "Other")] Other,
}
