using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Binding;

/// <summary>Binds the columns of a source (file header, query result) to a resource's information items.</summary>
public static class ColumnBinder
{
    /// <summary>
    /// Finds the source column of every item: the explicit mapping first, then a column with exactly the
    /// item's name, then a column whose normalised name (full-width folded, whitespace and invisible
    /// characters removed, case folded) equals the item's. A column is used by one item at most, except
    /// that an explicit mapping may name a column twice.
    /// </summary>
    /// <param name="sourceColumns">The source's column names in source order.</param>
    /// <param name="items">The resource's information items.</param>
    /// <param name="explicitMapping">Optional item name → source column name; a column name that does not match
    /// exactly is looked up by its normalised name.</param>
    /// <returns>The binding; <see cref="ColumnBinding.Errors"/> lists a missing key item, a column that two
    /// source columns could fill, and mapping entries naming an unknown item or column.</returns>
    public static ColumnBinding Bind(
        IReadOnlyList<string> sourceColumns,
        IReadOnlyList<InformationItem> items,
        IReadOnlyDictionary<string, string>? explicitMapping = null)
    {
        var state = new BindState(sourceColumns, items);
        if (explicitMapping is not null)
        {
            state.ApplyMapping(explicitMapping);
        }
        state.BindByName(exact: true);
        state.BindByName(exact: false);
        return state.Result();
    }

    private sealed class BindState(IReadOnlyList<string> columns, IReadOnlyList<InformationItem> items)
    {
        private readonly string?[] _chosen = new string?[items.Count];
        private readonly bool[] _decided = new bool[items.Count];
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private readonly List<FieldError> _errors = [];
        private readonly string[] _keys = columns.Select(ColumnNameKey.Of).ToArray();

        public void ApplyMapping(IReadOnlyDictionary<string, string> mapping)
        {
            foreach (var (itemName, column) in mapping.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                var index = IndexOfItem(itemName);
                if (index < 0)
                {
                    _errors.Add(FieldError.Of($"mapping.{itemName}", "mapping_item_not_found",
                        $"映射中的信息项“{itemName}”不存在", $"The mapping names an unknown item \"{itemName}\"."));
                    continue;
                }
                _decided[index] = true;
                var matches = Matches(column, exact: true, onlyUnused: false);
                matches = matches.Count == 1 ? matches : Matches(column, exact: false, onlyUnused: false);
                if (matches.Count == 1)
                {
                    Choose(index, matches[0]);
                }
                else
                {
                    _errors.Add(FieldError.Of($"mapping.{itemName}", "mapping_column_not_found",
                        $"映射中的源列“{column}”不存在或不唯一", $"The mapped source column \"{column}\" does not exist or is not unique."));
                }
            }
        }

        public void BindByName(bool exact)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (_decided[i])
                {
                    continue;
                }
                var matches = Matches(items[i].Name, exact, onlyUnused: true);
                if (matches.Count == 1)
                {
                    Choose(i, matches[0]);
                    _decided[i] = true;
                }
                else if (matches.Count > 1)
                {
                    _errors.Add(Ambiguous(i, matches));
                    _decided[i] = true;
                }
            }
        }

        public ColumnBinding Result()
        {
            var bound = new List<BoundColumn>();
            var missing = new List<InformationItem>();
            for (var i = 0; i < items.Count; i++)
            {
                if (_chosen[i] is { } column)
                {
                    bound.Add(new BoundColumn(items[i], column));
                    continue;
                }
                missing.Add(items[i]);
                if (items[i].IsKey)
                {
                    _errors.Add(FieldError.Of($"items[{i}]", "key_item_missing",
                        $"缺少主键信息项“{items[i].Name}”对应的列", $"No source column for the key item \"{items[i].Name}\"."));
                }
            }
            var unknown = columns.Where(c => !_used.Contains(c)).ToList();
            return new ColumnBinding(bound, missing, unknown, _errors);
        }

        private List<string> Matches(string name, bool exact, bool onlyUnused)
        {
            var key = exact ? name : ColumnNameKey.Of(name);
            var matches = new List<string>();
            for (var c = 0; c < columns.Count; c++)
            {
                var candidate = exact ? columns[c] : _keys[c];
                if (string.Equals(candidate, key, StringComparison.Ordinal) && !(onlyUnused && _used.Contains(columns[c])))
                {
                    matches.Add(columns[c]);
                }
            }
            return matches;
        }

        private void Choose(int item, string column)
        {
            _chosen[item] = column;
            _used.Add(column);
        }

        private int IndexOfItem(string name)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (string.Equals(items[i].Name, name, StringComparison.Ordinal))
                {
                    return i;
                }
            }
            return -1;
        }

        private FieldError Ambiguous(int item, List<string> matches)
        {
            var list = string.Join("、", matches.Select(m => $"“{m}”"));
            var listEn = string.Join(", ", matches.Select(m => $"\"{m}\""));
            return FieldError.Of($"items[{item}]", "ambiguous_column",
                $"信息项“{items[item].Name}”可对应多个源列：{list}，请指定映射",
                $"Several source columns could fill the item \"{items[item].Name}\": {listEn}; give an explicit mapping.");
        }
    }
}
