using Zhongyuan.Catalog;
using Core = Zhongyuan.Localization.Labels;

namespace Zhongyuan.Cli.Output;

/// <summary>
/// Readable names for the API's enum values, from the same [Label]s the server uses; a list such as
/// <c>api、table</c> (how arrays are displayed) is translated item by item, and unknown values are shown as sent.
/// </summary>
internal static class Labels
{
    public static string Status(string value, Localizer text) => Of<ResourceStatus>(value, text);

    public static string Of<T>(string value, Localizer text) where T : struct, Enum =>
        string.Join(text["、", ", "], value.Split('、', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => Core.TryParse<T>(v, out var parsed) ? Core.Of(parsed).In(text.English) : v));
}
