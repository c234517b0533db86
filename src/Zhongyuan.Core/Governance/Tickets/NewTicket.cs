using System.Text.Json;

namespace Zhongyuan.Governance.Tickets;

/// <summary>A consumer's correction request; see <see cref="Ticket"/> for the meaning of each field.</summary>
/// <param name="ResourceCode">The resource.</param>
/// <param name="SeenVersion">The data version the reporter saw, optional.</param>
/// <param name="RowId">The row (<c>_zy_row</c>) of that version, optional.</param>
/// <param name="RecordKey">The record's key values as a JSON object, optional.</param>
/// <param name="Item">The item (field) name, optional; at least one of row, key or item is required.</param>
/// <param name="Reason">Why the data is wrong, required, at most 500 characters.</param>
/// <param name="ProposedValue">The value believed right, optional, at most 500 characters.</param>
public sealed record NewTicket(
    string ResourceCode, int? SeenVersion, long? RowId, JsonElement? RecordKey, string? Item, string? Reason, string? ProposedValue);
