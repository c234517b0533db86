using Zhongyuan.Governance;
using Zhongyuan.Governance.Quality;
using Zhongyuan.Localization;

namespace Zhongyuan.Server.Api;

/// <summary>The quality of a version, shaped for charts: one entry per dimension, one per rule.</summary>
/// <param name="Code">The resource.</param>
/// <param name="Version">The version.</param>
/// <param name="LoadedAt">When it became current.</param>
/// <param name="ReplacedAt">When a later version replaced it.</param>
/// <param name="AssessedAt">When it was assessed.</param>
/// <param name="Rows">Its rows.</param>
/// <param name="RowsRejected">Rows its load rejected.</param>
/// <param name="Overall">The overall score (weighted mean of the dimensions that apply).</param>
/// <param name="Dimensions">Score and weight per dimension; a null score does not apply.</param>
/// <param name="Rules">What each rule found; <c>index</c> selects its failing rows.</param>
/// <param name="ItemCompleteness">Per item, the share of filled cells.</param>
/// <param name="Standardized">Values the load's standardisers rewrote.</param>
public sealed record QualityBody(string Code, int Version, DateTimeOffset LoadedAt, DateTimeOffset? ReplacedAt, DateTimeOffset AssessedAt, long Rows, long RowsRejected,
    double? Overall, IReadOnlyList<DimensionScoreBody> Dimensions, IReadOnlyList<RuleOutcomeBody> Rules, IReadOnlyDictionary<string, double> ItemCompleteness,
    IReadOnlyList<StandardizationCount> Standardized)
{
    public static QualityBody From(QualityReport report, bool english)
    {
        var a = report.Assessment;
        var s = report.Scores;
        var scores = new (QualityDimension, double?)[]
        {
            (QualityDimension.Completeness, s.Completeness), (QualityDimension.Validity, s.Validity), (QualityDimension.Uniqueness, s.Uniqueness),
            (QualityDimension.Consistency, s.Consistency), (QualityDimension.Timeliness, s.Timeliness),
        };
        return new QualityBody(a.ResourceCode, a.Version, report.LoadedAt, report.ReplacedAt, a.AssessedAt, a.Rows, a.RowsRejected, report.Overall,
            [.. scores.Select(p => new DimensionScoreBody(Camel(p.Item1), Labels.Of(p.Item1).In(english), p.Item2, QualityScores.Weights[p.Item1]))],
            [.. a.Rules.Select(r => new RuleOutcomeBody(r.Index, r.Rule, Camel(r.Dimension), r.Items, r.Label.In(english), r.FailedRows, r.Available))],
            a.ItemCompleteness, a.Standardized);
    }

    private static string Camel(QualityDimension d) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(d.ToString());
}

/// <summary>One dimension's score.</summary>
/// <param name="Dimension">completeness, validity, uniqueness, consistency or timeliness.</param>
/// <param name="Label">Its name (完整性…).</param>
/// <param name="Score">0–100, or null when it does not apply.</param>
/// <param name="Weight">Its weight in the overall score.</param>
public sealed record DimensionScoreBody(string Dimension, string Label, double? Score, double Weight);

/// <summary>What one rule found.</summary>
/// <param name="Index">Selects its failing rows (<c>?rule=</c>).</param>
/// <param name="Rule">The rule's code.</param>
/// <param name="Dimension">The dimension it counts against.</param>
/// <param name="Items">The items it reads.</param>
/// <param name="Label">What it checks.</param>
/// <param name="FailedRows">Rows failing it.</param>
/// <param name="Available">False when it could not run (the resource it compares with has no data).</param>
public sealed record RuleOutcomeBody(int Index, string Rule, string Dimension, IReadOnlyList<string> Items, string Label, long FailedRows, bool Available);

/// <summary>Quality across versions.</summary>
/// <param name="Code">The resource.</param>
/// <param name="Series">One point per assessed version, oldest first.</param>
public sealed record QualityHistoryBody(string Code, IReadOnlyList<QualityPointBody> Series);

/// <summary>One version's scores.</summary>
public sealed record QualityPointBody(int Version, DateTimeOffset LoadedAt, long Rows, double? Completeness, double? Validity, double? Uniqueness,
    double? Consistency, double? Timeliness, double? Overall);

/// <summary>A rule of the library.</summary>
/// <param name="Code">Its code, used in item rules.</param>
/// <param name="Kind">Standardiser or validator.</param>
/// <param name="Label">Its name.</param>
public sealed record RuleBody(string Code, ValueRuleKind Kind, string Label);
