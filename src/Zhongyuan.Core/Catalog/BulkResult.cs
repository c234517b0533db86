namespace Zhongyuan.Catalog;

/// <summary>The outcome of registering many resources at once.</summary>
/// <param name="Created">The resources created, in the order of their requests.</param>
/// <param name="Rejected">For each rejected request, its 0-based index and its errors.</param>
public sealed record BulkResult(IReadOnlyList<Resource> Created, IReadOnlyList<(int Index, IReadOnlyList<FieldError> Errors)> Rejected);
