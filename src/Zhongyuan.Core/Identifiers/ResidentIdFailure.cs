using Zhongyuan.Localization;

namespace Zhongyuan.Identifiers;

/// <summary>
/// Why a resident ID number (公民身份号码, GB 11643-1999) was rejected, in the order the layers run:
/// format, check character, date, region.
/// </summary>
public enum ResidentIdFailure : byte
{
    /// <summary>The number passed every layer.</summary>
    [Label("有效", "Valid")] None,

    /// <summary>The input is empty.</summary>
    [Label("为空", "Empty")] Empty,

    /// <summary>The input is not 18 characters long.</summary>
    [Label("长度错误", "Wrong length")] BadLength,

    /// <summary>One of the first 17 characters is not an ASCII digit, or the 18th is not a digit, <c>X</c> or <c>x</c>.</summary>
    [Label("含非法字符", "Bad characters")] BadCharacters,

    /// <summary>The 18th character is not the check character of the first 17 digits.</summary>
    [Label("校验码错误", "Wrong check character")] BadCheckCharacter,

    /// <summary>Characters 7–14 are not a real date (YYYYMMDD), or the date is before 1800.</summary>
    [Label("出生日期无效", "Invalid birth date")] BadDate,

    /// <summary>The birth date is after the day of the check.</summary>
    [Label("出生日期晚于当前日期", "Birth date in the future")] FutureDate,

    /// <summary>The first six digits are not a known GB/T 2260 region code (see <see cref="NationalRegions.IsAcceptedInIdentifier"/>).</summary>
    [Label("行政区划代码未知", "Unknown region code")] UnknownRegion,
}
