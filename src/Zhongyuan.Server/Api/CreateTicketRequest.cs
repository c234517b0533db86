using System.Text.Json;

namespace Zhongyuan.Server.Api;

/// <summary>The body of <c>POST /api/v1/resources/{code}/tickets</c>: what is wrong and what is right.</summary>
/// <param name="SeenVersion">The data version the reporter saw; defaults to the current one when a row is named.</param>
/// <param name="RowId">The row (<c>_zy_row</c>, as the rows API returns it) of that version.</param>
/// <param name="RecordKey">The record's key item values, e.g. <c>{"公民身份号码":"410105…"}</c>.</param>
/// <param name="Item">The information item (field) concerned; omit to flag the whole record. At least one of rowId, recordKey, item.</param>
/// <param name="Reason">Why it is wrong; required, at most 500 characters.</param>
/// <param name="ProposedValue">The value believed right; at most 500 characters.</param>
public sealed record CreateTicketRequest(int? SeenVersion, long? RowId, JsonElement? RecordKey, string? Item, string? Reason, string? ProposedValue);
