namespace Zhongyuan.Ingest.Query;

/// <summary>Size limits that keep a filter cheap to parse, plan and run, whatever its source.</summary>
internal static class FilterLimits
{
    /// <summary>Longest filter text, in characters.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>Most conditions in one filter.</summary>
    public const int MaxConditions = 100;

    /// <summary>Deepest nesting of and/or/not.</summary>
    public const int MaxDepth = 32;

    /// <summary>Most values in one <c>in</c> list.</summary>
    public const int MaxInValues = 1_000;

    /// <summary>Checks a tree built by any means (text, JSON, code).</summary>
    /// <exception cref="QueryException">The tree is too deep, too large, or has an oversized in list.</exception>
    public static void Check(FilterNode node, string field = "filter")
    {
        var conditions = 0;
        Walk(node, 0, ref conditions, field);
    }

    /// <summary>The error for a tree deeper than <see cref="MaxDepth"/>.</summary>
    public static QueryException TooDeep(string field) => QueryException.Of(
        field, "filter_too_deep", $"筛选条件嵌套超过 {MaxDepth} 层", $"The filter is nested more than {MaxDepth} levels deep");

    private static void Walk(FilterNode node, int depth, ref int conditions, string field)
    {
        if (depth > MaxDepth)
        {
            throw TooDeep(field);
        }

        switch (node)
        {
            case FilterNode.And a:
                foreach (var n in a.Nodes)
                {
                    Walk(n, depth + 1, ref conditions, field);
                }

                break;
            case FilterNode.Or o:
                foreach (var n in o.Nodes)
                {
                    Walk(n, depth + 1, ref conditions, field);
                }

                break;
            case FilterNode.Not n:
                Walk(n.Node, depth + 1, ref conditions, field);
                break;
            case FilterNode.Condition c:
                CheckCondition(c, ++conditions, field);
                break;
        }
    }

    private static void CheckCondition(FilterNode.Condition c, int conditions, string field)
    {
        if (conditions > MaxConditions)
        {
            throw QueryException.Of(field, "filter_too_large", $"筛选条件超过 {MaxConditions} 个", $"The filter has more than {MaxConditions} conditions");
        }

        if (c.Values.Count > MaxInValues)
        {
            throw QueryException.Of(
                field, "filter_too_large", $"“{c.Column}”的 in 列表超过 {MaxInValues} 个值", $"The in list of {c.Column} has more than {MaxInValues} values");
        }
    }
}
