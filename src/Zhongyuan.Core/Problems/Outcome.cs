using System.Diagnostics.CodeAnalysis;

namespace Zhongyuan.Problems;

/// <summary>Either a value or a <see cref="Problem"/>.</summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, Problem? problem)
    {
        Value = value;
        Problem = problem;
    }

    /// <summary>The value when the operation succeeded.</summary>
    public T? Value { get; }

    /// <summary>The problem when it failed.</summary>
    public Problem? Problem { get; }

    /// <summary>Whether it succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    /// <summary>A success.</summary>
    public static implicit operator Outcome<T>(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static implicit operator Outcome<T>(Problem problem) => new(default, problem);
}
