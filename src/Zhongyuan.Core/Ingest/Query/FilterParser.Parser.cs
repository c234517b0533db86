namespace Zhongyuan.Ingest.Query;

public static partial class FilterParser
{
    /// <summary>Recursive descent over the tokens: or → and → not → primary → condition.</summary>
    private sealed class Parser(List<FilterToken> tokens)
    {
        private const string Field = "filter";
        private const string OperatorListZh = "运算符（=、!=、<、<=、>、>=、in、not in、like、not like、is null、is not null）";
        private const string OperatorListEn = "an operator (=, !=, <, <=, >, >=, in, not in, like, not like, is null, is not null)";
        private int _index;
        private int _conditions;

        private FilterToken Current => tokens[_index];

        public static QueryException Expected(FilterToken found, string field, string zh, string en) => QueryException.Of(
            field,
            field == Field ? "filter_syntax" : field + "_syntax",
            $"第 {found.Position} 个字符处应为{zh}，实际为 {found.Describe()}",
            $"Expected {en} at character {found.Position}, found {found.Describe()}");

        public FilterNode ParseAll()
        {
            var node = ParseOr(0);
            if (Current.Kind != FilterTokenKind.End)
            {
                throw Expected(Current, Field, " and、or 或结尾", "and, or or the end");
            }

            return node;
        }

        private FilterNode ParseOr(int depth)
        {
            var nodes = new List<FilterNode> { ParseAnd(depth) };
            while (Current.Is("or"))
            {
                _index++;
                nodes.Add(ParseAnd(depth));
            }

            return nodes.Count == 1 ? nodes[0] : new FilterNode.Or(nodes);
        }

        private FilterNode ParseAnd(int depth)
        {
            var nodes = new List<FilterNode> { ParseUnary(depth) };
            while (Current.Is("and"))
            {
                _index++;
                nodes.Add(ParseUnary(depth));
            }

            return nodes.Count == 1 ? nodes[0] : new FilterNode.And(nodes);
        }

        private FilterNode ParseUnary(int depth)
        {
            if (depth > FilterLimits.MaxDepth)
            {
                throw FilterLimits.TooDeep(Field);
            }

            if (Current.Is("not"))
            {
                _index++;
                return new FilterNode.Not(ParseUnary(depth + 1));
            }

            if (Current.Kind == FilterTokenKind.Open)
            {
                _index++;
                var inner = ParseOr(depth + 1);
                Expect(FilterTokenKind.Close, "右括号 )", "a closing parenthesis )");
                return inner;
            }

            return ParseCondition();
        }

        private FilterNode ParseCondition()
        {
            var column = ParseColumn();
            if (++_conditions > FilterLimits.MaxConditions)
            {
                throw QueryException.Of(
                    Field, "filter_too_large", $"筛选条件超过 {FilterLimits.MaxConditions} 个", $"The filter has more than {FilterLimits.MaxConditions} conditions");
            }

            var token = tokens[_index++];
            if (token.Kind == FilterTokenKind.Operator)
            {
                return new FilterNode.Condition(column, ComparisonOp(token.Text), ParseValue());
            }

            if (token.Is("not") && (Current.Is("in") || Current.Is("like")))
            {
                return tokens[_index++].Is("in")
                    ? new FilterNode.Condition(column, FilterOp.NotIn, ParseList())
                    : new FilterNode.Condition(column, FilterOp.NotLike, ParseValue());
            }

            return token switch
            {
                _ when token.Is("in") => new FilterNode.Condition(column, FilterOp.In, ParseList()),
                _ when token.Is("like") => new FilterNode.Condition(column, FilterOp.Like, ParseValue()),
                _ when token.Is("is") => ParseIsNull(column),
                _ => throw Expected(token, Field, OperatorListZh, OperatorListEn),
            };
        }

        private string ParseColumn()
        {
            var token = Current;
            var keyword = token.Is("and") || token.Is("or") || token.Is("not") || token.Is("in") || token.Is("like") || token.Is("is") || token.Is("null");
            if (token.Kind is not (FilterTokenKind.Word or FilterTokenKind.QuotedName) || keyword || token.Text.Length == 0)
            {
                throw Expected(token, Field, "列名（含空格或与关键字同名时用双引号）", "a column name (double-quoted if it has spaces or is a keyword)");
            }

            _index++;
            return token.Text;
        }

        private FilterNode.Condition ParseIsNull(string column)
        {
            var not = Current.Is("not");
            if (not)
            {
                _index++;
            }

            if (!Current.Is("null"))
            {
                throw Expected(Current, Field, " null", "null");
            }

            _index++;
            return new FilterNode.Condition(column, not ? FilterOp.IsNotNull : FilterOp.IsNull, []);
        }

        private List<string> ParseList()
        {
            Expect(FilterTokenKind.Open, "左括号 (", "an opening parenthesis (");
            var values = new List<string> { ParseValue() };
            while (Current.Kind == FilterTokenKind.Comma)
            {
                _index++;
                values.Add(ParseValue());
            }

            Expect(FilterTokenKind.Close, "逗号或右括号 )", "a comma or a closing parenthesis )");
            return values;
        }

        private string ParseValue()
        {
            var token = tokens[_index++];
            var literal = token.Kind == FilterTokenKind.String
                || (token.Kind == FilterTokenKind.Word && (IsNumber(token.Text) || token.Is("true") || token.Is("false")));
            return literal
                ? token.Text
                : throw Expected(token, Field, "值（单引号字符串、数字、true 或 false）", "a value ('quoted text', a number, true or false)");
        }

        private void Expect(FilterTokenKind kind, string zh, string en)
        {
            if (Current.Kind != kind)
            {
                throw Expected(Current, Field, zh, en);
            }

            _index++;
        }

        private static FilterOp ComparisonOp(string text) => text switch
        {
            "=" => FilterOp.Equal,
            "!=" => FilterOp.NotEqual,
            "<" => FilterOp.Less,
            "<=" => FilterOp.LessOrEqual,
            ">" => FilterOp.Greater,
            _ => FilterOp.GreaterOrEqual,
        };

        private static bool IsNumber(string text) =>
            decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
    }
}
