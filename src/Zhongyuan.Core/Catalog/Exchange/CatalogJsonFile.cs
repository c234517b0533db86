using System.Globalization;
using System.Text.Json;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>
/// The JSON exchange file of catalog entries:
/// <c>{"format":"zhongyuan-catalog","version":1,"exportedAt":…,"resources":[{"code","provider","providerCode","status","version","publishDate","metadata":{…}}]}</c>,
/// with the metadata in the shape of <see cref="CatalogJson"/>. Reading also accepts a bare array of resources.
/// </summary>
public static partial class CatalogJsonFile
{
    /// <summary>The value of the <c>format</c> property.</summary>
    public const string FormatName = "zhongyuan-catalog";

    /// <summary>The version of the file layout this code writes and reads.</summary>
    public const int FormatVersion = 1;

    // Written to the stream whenever this much is buffered, so a large export never sits in memory.
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Writes <paramref name="resources"/> to <paramref name="stream"/>, stamped with the current time.</summary>
    public static Task WriteAsync(Stream stream, IEnumerable<Resource> resources, CancellationToken cancellationToken) =>
        WriteAsync(stream, resources, TimeProvider.System, cancellationToken);

    /// <summary>Writes <paramref name="resources"/> to <paramref name="stream"/>, stamped with <paramref name="clock"/>'s time; the stream is left open.</summary>
    public static async Task WriteAsync(Stream stream, IEnumerable<Resource> resources, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(clock);
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = CatalogJson.Options.Encoder, Indented = true });
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteNumber("version", FormatVersion);
        writer.WriteString("exportedAt", clock.GetUtcNow());
        writer.WriteStartArray("resources");
        foreach (var resource in resources)
        {
            WriteResource(writer, resource);
            if (writer.BytesPending > FlushThreshold)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteResource(Utf8JsonWriter writer, Resource resource)
    {
        writer.WriteStartObject();
        writer.WriteString("code", resource.Code);
        writer.WriteString("provider", resource.Provider.Name);
        writer.WriteString("providerCode", resource.Provider.CreditCode);
        writer.WritePropertyName("status");
        JsonSerializer.Serialize(writer, resource.Status, CatalogJson.Options);
        writer.WriteNumber("version", resource.Version);
        if (resource.PublishDate is { } date)
        {
            writer.WriteString("publishDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        writer.WritePropertyName("metadata");
        JsonSerializer.Serialize(writer, resource.Metadata, CatalogJson.Options);
        writer.WriteEndObject();
    }
}
