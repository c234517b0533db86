using Zhongyuan.Localization;

namespace Zhongyuan.Identifiers;

/// <summary>Something doubtful about a resident ID number that passed every check.</summary>
public enum ResidentIdWarning : byte
{
    /// <summary>Nothing doubtful.</summary>
    [Label("无", "None")] None,

    /// <summary>
    /// The region code was withdrawn before the birth year or created after it (per the partial list of
    /// <see cref="NationalRegions.IdentifierValidity"/>). Only a hint: a number carries the region of its
    /// first registration, which may postdate the birth.
    /// </summary>
    [Label("行政区划代码在出生年份无效", "Region code not in force in the birth year")] RegionNotValidInBirthYear,
}
