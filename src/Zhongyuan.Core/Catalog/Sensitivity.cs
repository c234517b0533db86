using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>The sensitivity of an information item, for masking and open-data rules.</summary>
public enum Sensitivity
{
    /// <summary>Not personal and not sensitive.</summary>
    [Label("非敏感", "Not sensitive")] None,

    /// <summary>Personal information (个人信息).</summary>
    [Label("个人信息", "Personal")] Personal,

    /// <summary>Sensitive personal information (敏感个人信息: ID numbers, health, finance, location…).</summary>
    [Label("敏感个人信息", "Sensitive personal")] SensitivePersonal,

    /// <summary>Sensitive to the organisation or the public interest, not personal.</summary>
    [Label("敏感", "Sensitive")] Sensitive,
}
