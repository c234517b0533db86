using DuckDB.NET.Data;
using Zhongyuan.Identifiers;

namespace Zhongyuan.Governance;

/// <summary>
/// The rules of a <see cref="GovernancePlan"/> as DuckDB scalar functions on one connection, so that they run inside
/// DuckDB's vectorised scans (in parallel, one call per value) instead of row by row in .NET. Per item there is one
/// standardising function (all its standardisers in order, each change counted) and one checking function per
/// severity (the first failure code, or NULL). Function names are positional (<c>zy_std_3</c>), never user text.
/// </summary>
internal sealed class GovernanceFunctions
{
    /// <summary>The function that checks a resident ID against a birth date and a sex: (VARCHAR, VARCHAR, VARCHAR) → failure code or NULL.</summary>
    public const string IdAgrees = "zy_id_agrees";

    /// <summary>The function that checks a region code against an address: (VARCHAR, VARCHAR) → failure code or NULL.</summary>
    public const string RegionAgrees = "zy_region_agrees";

    private readonly Dictionary<string, string> _standardize = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Ingest.Conversion.StandardizeCondition> _standardizeWhen = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, RuleSeverity), string> _check = [];
    private readonly List<(string Item, string Rule, long[] Count)> _changes = [];

    private GovernanceFunctions()
    {
    }

    /// <summary>Registers the plan's functions (and the cross-field functions) on a connection.</summary>
    /// <param name="duck">A connection private to the caller; the functions live as long as it.</param>
    /// <param name="plan">The rules.</param>
    /// <param name="today">Today's date, for the "not in the future" checks.</param>
    public static GovernanceFunctions Register(DuckDBConnection duck, GovernancePlan plan, DateOnly today)
    {
        var functions = new GovernanceFunctions();
        for (var i = 0; i < plan.Items.Count; i++)
        {
            functions.RegisterItem(duck, plan.Items[i], i, today);
        }
        RegisterText3(duck, IdAgrees, CheckIdAgrees);
        RegisterText2(duck, RegionAgrees, CheckRegionAgrees);
        return functions;
    }

    /// <summary>The standardising function of an item, or null when it has no standardisers.</summary>
    public string? StandardizeFunction(string item) => _standardize.GetValueOrDefault(item);

    /// <summary>
    /// Where the item's standardisers may change a value, or null when one of them has no pattern saying so.
    /// </summary>
    public Ingest.Conversion.StandardizeCondition? StandardizeWhen(string item) => _standardizeWhen.GetValueOrDefault(item);

    /// <summary>The checking function of an item for one severity, or null when it has no such validators.</summary>
    public string? CheckFunction(string item, RuleSeverity severity) => _check.GetValueOrDefault((item, severity));

    /// <summary>Values each standardiser changed so far, per item and rule (only those that changed something).</summary>
    public IReadOnlyList<StandardizationCount> Changes =>
        [.. _changes.Where(c => Interlocked.Read(ref c.Count[0]) > 0).Select(c => new StandardizationCount(c.Item, c.Rule, Interlocked.Read(ref c.Count[0])))];

    private void RegisterItem(DuckDBConnection duck, ItemGovernance item, int index, DateOnly today)
    {
        var suffix = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (item.Standardizers.Count > 0)
        {
            var steps = item.Standardizers.Select(s => (s.Standardize!, Count: new long[1])).ToArray();
            foreach (var (rule, (_, count)) in item.Standardizers.Zip(steps))
            {
                _changes.Add((item.Item, rule.Code, count));
            }
            var name = "zy_std_" + suffix;
            RegisterText(duck, name, value =>
            {
                foreach (var (standardize, count) in steps)
                {
                    var next = standardize(value);
                    if (!ReferenceEquals(next, value) && !string.Equals(next, value, StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref count[0]);
                    }
                    value = next;
                }
                return value;
            });
            _standardize[item.Item] = name;
            if (item.Standardizers.All(s => s.MayChange is not null || s.StandardShape is not null))
            {
                var pattern = string.Join("|", item.Standardizers.Where(s => s.MayChange is not null).Select(s => "(?:" + s.MayChange + ")"));
                var shapes = item.Standardizers.Where(s => s.StandardShape is not null).Select(s => s.StandardShape!).ToList();
                _standardizeWhen[item.Item] = new Ingest.Conversion.StandardizeCondition(pattern.Length == 0 ? null : pattern, shapes);
            }
        }
        foreach (var severity in new[] { RuleSeverity.Error, RuleSeverity.Warning })
        {
            var checks = item.ValidatorsOf(severity).Select(v => v.Check!).ToArray();
            if (checks.Length == 0)
            {
                continue;
            }
            var name = $"zy_chk_{suffix}_{(severity == RuleSeverity.Error ? "e" : "w")}";
            RegisterText(duck, name, value =>
            {
                foreach (var check in checks)
                {
                    if (check(value, today) is { } failure)
                    {
                        return failure;
                    }
                }
                return null;
            });
            _check[(item.Item, severity)] = name;
        }
    }

    /// <summary>Birth date and sex against the ID; an ID that is itself invalid is left to the ID rules.</summary>
    internal static string? CheckIdAgrees(string? id, string? birth, string? sex)
    {
        if (id is null || ResidentIdNumber.Normalize(id) is not { } normalized || ResidentIdNumber.Check(normalized, DateOnly.MaxValue) != ResidentIdFailure.None)
        {
            return null;
        }
        if (birth is not null && ParseDate(birth) is { } date && ResidentIdNumber.TryGetBirthDate(normalized, out var fromId) && date != fromId)
        {
            return QualityCodes.IdBirthDate;
        }
        return sex is not null && ParseSex(sex) is { } stated && stated != ResidentIdNumber.GetSex(normalized) ? QualityCodes.IdSex : null;
    }

    /// <summary>The region an address starts with must contain, or lie within, the region of the code.</summary>
    internal static string? CheckRegionAgrees(string? code, string? address)
    {
        if (code is null || address is null || RegionResolver.ResolvePrefix(address) is not { } named)
        {
            return null;
        }
        var stated = Significant(code.Trim());
        var resolved = Significant(named);
        return stated.StartsWith(resolved, StringComparison.Ordinal) || resolved.StartsWith(stated, StringComparison.Ordinal) ? null : QualityCodes.RegionAddress;
    }

    /// <summary>A region code without its trailing zero pairs: 410000 → 41, 410100 → 4101.</summary>
    private static string Significant(string code)
    {
        var s = code;
        while (s.Length > 2 && s.EndsWith("00", StringComparison.Ordinal))
        {
            s = s[..^2];
        }
        return s;
    }

    private static DateOnly? ParseDate(string text)
    {
        var t = text.Trim();
        if (t.Length >= 10 && DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var iso))
        {
            return iso;
        }
        return DateOnly.TryParseExact(t, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var compact) ? compact : null;
    }

    /// <summary>How a sex is written (trimmed, upper case) in the items <see cref="CheckIdAgrees"/> reads.</summary>
    internal static readonly string[] MaleWords = ["男", "男性", "1", "M", "MALE"];

    /// <inheritdoc cref="MaleWords"/>
    internal static readonly string[] FemaleWords = ["女", "女性", "2", "F", "FEMALE"];

    private static Sex? ParseSex(string text)
    {
        var word = text.Trim().ToUpperInvariant();
        return MaleWords.Contains(word, StringComparer.Ordinal) ? Sex.Male : FemaleWords.Contains(word, StringComparer.Ordinal) ? Sex.Female : null;
    }

#pragma warning disable DuckDBNET001 // Scalar functions are marked experimental in DuckDB.NET; the API is stable in 1.5.
    private static void RegisterText(DuckDBConnection duck, string name, Func<string, string?> function) =>
        duck.RegisterScalarFunction<string, string>(name, (readers, writer, rows) =>
        {
            var input = readers[0];
            for (ulong row = 0; row < rows; row++)
            {
                if (input.IsValid(row) && function(input.GetValue<string>(row)) is { } result)
                {
                    writer.WriteValue(result, row);
                }
                else
                {
                    writer.WriteNull(row);
                }
            }
        });

    private static void RegisterText2(DuckDBConnection duck, string name, Func<string?, string?, string?> function) =>
        duck.RegisterScalarFunction<string, string, string>(name, (readers, writer, rows) =>
        {
            for (ulong row = 0; row < rows; row++)
            {
                Write(writer, row, function(Text(readers[0], row), Text(readers[1], row)));
            }
        });

    private static void RegisterText3(DuckDBConnection duck, string name, Func<string?, string?, string?, string?> function) =>
        duck.RegisterScalarFunction<string, string, string, string>(name, (readers, writer, rows) =>
        {
            for (ulong row = 0; row < rows; row++)
            {
                Write(writer, row, function(Text(readers[0], row), Text(readers[1], row), Text(readers[2], row)));
            }
        });
#pragma warning restore DuckDBNET001

    private static string? Text(DuckDB.NET.Data.DataChunk.Reader.IDuckDBDataReader reader, ulong row) => reader.IsValid(row) ? reader.GetValue<string>(row) : null;

    private static void Write(DuckDB.NET.Data.DataChunk.Writer.IDuckDBDataWriter writer, ulong row, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(row);
        }
        else
        {
            writer.WriteValue(value, row);
        }
    }
}
