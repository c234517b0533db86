using System.Text.Json;

namespace Zhongyuan.Catalog.Exchange;

public static partial class CatalogJsonFile
{
    /// <summary>
    /// Reads the entries of a JSON exchange file (or of a bare array of resources). A bad entry gives an
    /// entry with errors and does not stop the others; a file that is not JSON, or not of this format,
    /// gives a single entry with row 0. Status, version and publish date are ignored: the platform keeps them.
    /// </summary>
    public static async Task<IReadOnlyList<ImportedEntry>> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return [ImportedEntry.ForFile([ExchangeErrors.NotJson(e.Message)])];
        }
        using (document)
        {
            return ReadDocument(document.RootElement);
        }
    }

    private static IReadOnlyList<ImportedEntry> ReadDocument(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return ReadEntries(root);
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return [ImportedEntry.ForFile([ExchangeErrors.NotCatalogJson()])];
        }
        if (HeaderError(root) is { } error)
        {
            return [ImportedEntry.ForFile([error])];
        }
        return root.TryGetProperty("resources", out var list) && list.ValueKind == JsonValueKind.Array
            ? ReadEntries(list)
            : [ImportedEntry.ForFile([ExchangeErrors.NotCatalogJson()])];
    }

    // A hand-written file may leave out format and version; a file of another format or a newer version is refused.
    private static FieldError? HeaderError(JsonElement root)
    {
        if (root.TryGetProperty("format", out var format) && format.ValueKind != JsonValueKind.Null
            && !(format.ValueKind == JsonValueKind.String && format.ValueEquals(FormatName)))
        {
            return ExchangeErrors.FormatUnknown(format.ToString());
        }
        if (root.TryGetProperty("version", out var version) && version.TryGetInt32(out var v) && v > FormatVersion)
        {
            return ExchangeErrors.VersionUnsupported(v);
        }
        return null;
    }

    private static List<ImportedEntry> ReadEntries(JsonElement array) =>
        [.. array.EnumerateArray().Select((element, i) => ReadEntry(element, i + 1))];

    private static ImportedEntry ReadEntry(JsonElement element, int row)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ImportedEntry.Create(row, "", null, null, [ExchangeErrors.EntryNotObject()]);
        }
        var errors = new List<FieldError>();
        var provider = Text(element, "providerCode") ?? Text(element, "provider");
        if (provider is null)
        {
            errors.Add(ExchangeErrors.ProviderRequired());
        }
        var code = Text(element, "code");
        if (code is not null && !ResourceCode.IsWellFormed(code))
        {
            errors.Add(ExchangeErrors.CodeFormat("code", code));
        }
        var metadata = ReadMetadata(element, errors);
        return ImportedEntry.Create(row, provider ?? "", code, metadata, errors);
    }

    private static ResourceMetadata? ReadMetadata(JsonElement entry, List<FieldError> errors)
    {
        if (entry.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object)
        {
            return JsonMetadataReader.Read(metadata, errors);
        }
        errors.Add(ExchangeErrors.Required("metadata", "metadata"));
        return null;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;
}
