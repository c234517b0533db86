namespace Zhongyuan.Identifiers;

/// <summary>The outcome of validating a unified social credit code.</summary>
/// <param name="Failure">The first check that failed; <see langword="null"/> when the code is valid.</param>
public sealed record CreditCodeCheck(CreditCodeFailure? Failure)
{
    /// <summary>The result for a valid code.</summary>
    public static CreditCodeCheck Valid { get; } = new((CreditCodeFailure?)null);

    /// <summary>Whether the code passed every check.</summary>
    public bool IsValid => Failure is null;
}
