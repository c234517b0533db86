using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>共享类型: whether and how other departments may use a resource (国发〔2016〕51号).</summary>
public enum ShareType
{
    /// <summary>Granted on request, registered but not reviewed.</summary>
    [Label("无条件共享", "Unconditional sharing")] Unconditional,

    /// <summary>Reviewed by the provider against stated conditions.</summary>
    [Label("有条件共享", "Conditional sharing")] Conditional,

    /// <summary>Not shared; needs a legal or policy basis.</summary>
    [Label("不予共享", "Not shared")] NotShared,
}
