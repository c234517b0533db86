namespace Zhongyuan.Ingest.Query;

/// <summary>The operator of a filter condition. Comparisons follow SQL: a null value never matches them.</summary>
public enum FilterOp
{
    /// <summary><c>=</c>: equal to the one value.</summary>
    Equal,

    /// <summary><c>!=</c> (or <c>&lt;&gt;</c>): not equal to the one value.</summary>
    NotEqual,

    /// <summary><c>&lt;</c>.</summary>
    Less,

    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    Greater,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>in</c>: equal to one of the values.</summary>
    In,

    /// <summary><c>not in</c>: equal to none of the values.</summary>
    NotIn,

    /// <summary><c>like</c> on text: <c>%</c> any run of characters, <c>_</c> one character, <c>\</c> escapes.</summary>
    Like,

    /// <summary><c>not like</c> on text.</summary>
    NotLike,

    /// <summary><c>is null</c>; takes no value.</summary>
    IsNull,

    /// <summary><c>is not null</c>; takes no value.</summary>
    IsNotNull,
}
