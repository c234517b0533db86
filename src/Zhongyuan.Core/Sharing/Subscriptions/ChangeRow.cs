namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>One row of a delivered page.</summary>
/// <param name="Op"><c>insert</c>, <c>update</c> or <c>delete</c> (a snapshot's rows are all <c>insert</c>).</param>
/// <param name="Values">The granted items, masked as the grant says; for <c>delete</c> only the key items (those granted).</param>
public sealed record ChangeRow(string Op, IReadOnlyDictionary<string, object?> Values);
