namespace Zhongyuan.Localization;

/// <summary>The Chinese and English labels users see for an enum member.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string zh, string en) : Attribute
{
    /// <summary>The Simplified Chinese label, the word used in the national catalog rules.</summary>
    public string Zh { get; } = zh;

    /// <summary>The English label.</summary>
    public string En { get; } = en;
}
