namespace Zhongyuan.Sharing;

/// <summary>Which side of share requests to list.</summary>
public enum ShareRequestRole
{
    /// <summary>Requests the caller's department filed.</summary>
    Consumer,

    /// <summary>Requests the caller's department answers.</summary>
    Provider,
}
