namespace Zhongyuan.Localization;

/// <summary>A user-facing message in Simplified Chinese (the default) and English.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>The text for a language: English when <paramref name="english"/> is true, else Chinese.</summary>
    public string In(bool english) => english ? En : Zh;
}
