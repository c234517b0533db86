using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>开放类型: whether the public may use a resource.</summary>
public enum OpenType
{
    /// <summary>Open to anyone, without registration.</summary>
    [Label("无条件开放", "Open")] Unconditional,

    /// <summary>Restricted: registration and approval (受限开放).</summary>
    [Label("有条件开放", "Conditionally open")] Conditional,

    /// <summary>Not opened to the public.</summary>
    [Label("不予开放", "Not open")] NotOpen,
}
