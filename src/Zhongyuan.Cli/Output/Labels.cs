namespace Zhongyuan.Cli.Output;

/// <summary>Readable names for the API's enum values; unknown values are shown as sent.</summary>
internal static class Labels
{
    public static string Status(string value, Localizer text) => value switch
    {
        "draft" => text["草稿", "Draft"],
        "submitted" => text["已提交", "Submitted"],
        "published" => text["已发布", "Published"],
        "retired" => text["已停用", "Retired"],
        _ => value,
    };
}
