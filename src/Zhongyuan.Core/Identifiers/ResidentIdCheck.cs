using Zhongyuan.Localization;

namespace Zhongyuan.Identifiers;

/// <summary>The outcome of <see cref="ResidentIdNumber.Validate"/>.</summary>
/// <param name="Failure">The first layer that failed; <see cref="ResidentIdFailure.None"/> when valid.</param>
/// <param name="Warning">A doubt about a valid number; always <see cref="ResidentIdWarning.None"/> when invalid.</param>
public readonly record struct ResidentIdCheck(ResidentIdFailure Failure, ResidentIdWarning Warning)
{
    private static readonly LocalizedText _valid = new("身份证号码有效", "The ID number is valid");
    private static readonly LocalizedText[] _failures =
    [
        _valid,
        new("身份证号码为空", "The ID number is empty"),
        new("身份证号码应为18位", "An ID number has 18 characters"),
        new("身份证号码前17位应为数字，第18位应为数字或X", "The first 17 characters of an ID number are digits, the 18th a digit or X"),
        new("身份证号码校验码错误", "The check character of the ID number is wrong"),
        new("身份证号码中的出生日期无效", "The birth date in the ID number is not a real date"),
        new("身份证号码中的出生日期晚于当前日期", "The birth date in the ID number is in the future"),
        new("身份证号码中的行政区划代码不存在", "The region code of the ID number is not a known GB/T 2260 code"),
    ];

    private static readonly LocalizedText _regionWarning = new(
        "身份证号码中的行政区划代码在出生年份不存在（已撤销或尚未设立）",
        "The region code of the ID number was not in force in the birth year (withdrawn before or created after it)");

    /// <summary>Whether every layer passed (a warning may still be present).</summary>
    public bool IsValid => Failure == ResidentIdFailure.None;

    /// <summary>The reason for the failure, else for the warning, else a "valid" text; Chinese and English.</summary>
    public LocalizedText Reason =>
        Failure != ResidentIdFailure.None ? _failures[(int)Failure]
        : Warning == ResidentIdWarning.RegionNotValidInBirthYear ? _regionWarning
        : _valid;
}
