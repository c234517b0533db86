namespace Zhongyuan.Cli.Output;

/// <summary>Picks the Chinese (default) or English wording of a message.</summary>
internal sealed record Localizer(bool English)
{
    /// <summary>English for <c>en</c>, <c>en-US</c> and the like; Chinese otherwise.</summary>
    public static Localizer For(string? language) =>
        new(language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase));

    public string this[string zh, string en] => English ? en : zh;
}
