namespace Zhongyuan.Identifiers;

/// <summary>Why a unified social credit code (GB 32100-2015) was rejected, in the order the checks run.</summary>
public enum CreditCodeFailure
{
    /// <summary>The code is <see langword="null"/> or empty.</summary>
    Empty,

    /// <summary>The code is not exactly 18 characters long.</summary>
    Length,

    /// <summary>
    /// A character is outside <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c> (lower case letters and
    /// I, O, S, V, Z are rejected).
    /// </summary>
    Character,

    /// <summary>Characters 9–17, the organization code (GB 11714), fail their own check character.</summary>
    OrganizationCodeCheck,

    /// <summary>The 18th character does not match the check character computed from the first 17.</summary>
    CheckCharacter,
}
