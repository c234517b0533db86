using System.Text.Json;
using Zhongyuan.Catalog;

namespace Zhongyuan.Governance.Tickets;

/// <summary>The checks on a new ticket that need only the request and the resource's items.</summary>
internal static class TicketRules
{
    /// <summary>The longest reason, rejection reason, note or proposed value, in characters (Unicode scalar values).</summary>
    public const int MaxText = 500;

    public static List<FieldError> Validate(NewTicket request, Resource resource)
    {
        var errors = new List<FieldError>();
        var items = resource.Metadata.Items.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        CheckText(errors, "reason", request.Reason, required: true);
        CheckText(errors, "proposedValue", request.ProposedValue, required: false);
        if (request.Item is not null && !items.Contains(request.Item))
        {
            errors.Add(FieldError.Of("item", "item_unknown", $"信息资源没有名为“{request.Item}”的信息项",
                $"The resource has no item named \"{request.Item}\""));
        }
        if (request.RecordKey is { } key)
        {
            CheckKey(errors, key, items);
        }
        if (request.RowId is < 1)
        {
            errors.Add(FieldError.Of("rowId", "row_invalid", "行号应为正整数", "rowId must be a positive whole number"));
        }
        if (request.RowId is null && request.RecordKey is null && request.Item is null)
        {
            errors.Add(FieldError.Of("rowId", "target_required", "请指明纠错对象：行号（rowId）、记录主键（recordKey）或信息项（item）至少一项",
                "Say what is wrong: give at least one of rowId, recordKey or item"));
        }
        return errors;
    }

    /// <summary>Adds an error when a required text is blank or a text is longer than <see cref="MaxText"/>.</summary>
    public static void CheckText(List<FieldError> errors, string field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(FieldError.Of(field, "required", "此项不能为空", $"{field} is required"));
            }
        }
        else if (text.EnumerateRunes().Count() > MaxText)
        {
            errors.Add(FieldError.Of(field, "too_long", $"不能超过 {MaxText} 个字", $"{field} must be at most {MaxText} characters"));
        }
    }

    private static void CheckKey(List<FieldError> errors, JsonElement key, HashSet<string> items)
    {
        if (key.ValueKind != JsonValueKind.Object || !key.EnumerateObject().Any())
        {
            errors.Add(FieldError.Of("recordKey", "record_key_invalid", "记录主键应为以信息项名称为键的 JSON 对象",
                "recordKey must be a JSON object keyed by item names"));
            return;
        }
        foreach (var property in key.EnumerateObject().Where(p => !items.Contains(p.Name)))
        {
            errors.Add(FieldError.Of($"recordKey.{property.Name}", "item_unknown", $"信息资源没有名为“{property.Name}”的信息项",
                $"The resource has no item named \"{property.Name}\""));
        }
    }
}
