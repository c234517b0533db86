using Zhongyuan.Catalog;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Sharing.Access;

/// <summary>What a grant lets its application read of one dataset version: the masked view and how it was built.</summary>
/// <param name="Grant">The grant.</param>
/// <param name="View">Granted items only, rows of the grant's row filter only, each item masked by <paramref name="Masking"/>.</param>
/// <param name="Items">The granted items the version has, in version order: the default selection.</param>
/// <param name="Masking">The rule applied to each of <paramref name="Items"/> (the grant's, else the item's catalog rule).</param>
/// <param name="SubjectItems">The version's subject-key items (公民身份号码, 统一社会信用代码), whose raw values are the view's hidden columns, for the audit trail only.</param>
public sealed record GrantedView(
    Grant Grant,
    RowsView View,
    IReadOnlyList<string> Items,
    IReadOnlyDictionary<string, MaskingRule> Masking,
    IReadOnlyList<string> SubjectItems);
