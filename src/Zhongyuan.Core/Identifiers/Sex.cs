using Zhongyuan.Localization;

namespace Zhongyuan.Identifiers;

/// <summary>Sex as coded in a resident ID number (the 17th digit: odd male, even female).</summary>
public enum Sex
{
    /// <summary>Not known: the number is malformed.</summary>
    [Label("未知", "Unknown")] Unknown,

    /// <summary>男.</summary>
    [Label("男", "Male")] Male,

    /// <summary>女.</summary>
    [Label("女", "Female")] Female,
}
