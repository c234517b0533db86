namespace Zhongyuan.Governance;

/// <summary>
/// A consistency rule over several items of a row (交叉校验) or against another resource (关联比对). Only the items
/// its <see cref="Kind"/> names are used; <see cref="GovernanceRules"/> checks they are present and exist.
/// A failure flags the row (it counts against the consistency score and is listed); it never rejects it, because
/// the data it is compared with is not the provider's to fix in the same load.
/// </summary>
public sealed record CrossRule
{
    /// <summary>What is compared.</summary>
    public required CrossRuleKind Kind { get; init; }

    /// <summary>The resident ID number item (<see cref="CrossRuleKind.IdAgrees"/>).</summary>
    public string? IdItem { get; init; }

    /// <summary>The birth date item (<see cref="CrossRuleKind.IdAgrees"/>; optional when <see cref="SexItem"/> is given).</summary>
    public string? BirthDateItem { get; init; }

    /// <summary>The sex item: 男/女, 1/2 (GB/T 2261.1) or M/F (<see cref="CrossRuleKind.IdAgrees"/>; optional when <see cref="BirthDateItem"/> is given).</summary>
    public string? SexItem { get; init; }

    /// <summary>The start date item (<see cref="CrossRuleKind.DateOrder"/>).</summary>
    public string? StartItem { get; init; }

    /// <summary>The end date item (<see cref="CrossRuleKind.DateOrder"/>).</summary>
    public string? EndItem { get; init; }

    /// <summary>The GB/T 2260 region code item (<see cref="CrossRuleKind.RegionAgreesWithAddress"/>).</summary>
    public string? RegionItem { get; init; }

    /// <summary>The address item (<see cref="CrossRuleKind.RegionAgreesWithAddress"/>).</summary>
    public string? AddressItem { get; init; }

    /// <summary>The item whose value must exist elsewhere (<see cref="CrossRuleKind.ExistsIn"/>).</summary>
    public string? KeyItem { get; init; }

    /// <summary>The code of the resource it must exist in (<see cref="CrossRuleKind.ExistsIn"/>).</summary>
    public string? Resource { get; init; }

    /// <summary>The item of <see cref="Resource"/> it must exist in (<see cref="CrossRuleKind.ExistsIn"/>).</summary>
    public string? TargetItem { get; init; }

    /// <summary>The items of this resource the rule reads, in the order its kind names them.</summary>
    public IReadOnlyList<string> Items => Kind switch
    {
        CrossRuleKind.IdAgrees => [.. new[] { IdItem, BirthDateItem, SexItem }.OfType<string>()],
        CrossRuleKind.DateOrder => [.. new[] { StartItem, EndItem }.OfType<string>()],
        CrossRuleKind.RegionAgreesWithAddress => [.. new[] { RegionItem, AddressItem }.OfType<string>()],
        _ => [.. new[] { KeyItem }.OfType<string>()],
    };
}
