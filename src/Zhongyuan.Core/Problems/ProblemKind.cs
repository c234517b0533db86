namespace Zhongyuan.Problems;

/// <summary>The kinds of expected failure a service returns; the server maps each to an HTTP status.</summary>
public enum ProblemKind
{
    /// <summary>The request breaks validation rules (400 with field errors).</summary>
    Validation,

    /// <summary>The thing asked for does not exist (404).</summary>
    NotFound,

    /// <summary>The request conflicts with the current state (409).</summary>
    Conflict,

    /// <summary>The caller may not do this (403).</summary>
    Forbidden,
}
