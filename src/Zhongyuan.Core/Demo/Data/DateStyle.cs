namespace Zhongyuan.Demo.Data;

/// <summary>The ways departments write a date (8 April 2017 as the example).</summary>
internal enum DateStyle
{
    /// <summary><c>2017-04-08</c>.</summary>
    Iso,

    /// <summary><c>2017/4/8</c>.</summary>
    Slash,

    /// <summary><c>2017.4.8</c>.</summary>
    Dot,

    /// <summary><c>2017年4月8日</c>.</summary>
    Chinese,

    /// <summary><c>20170408</c>.</summary>
    Compact,
}
