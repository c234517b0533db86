using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Http;

/// <summary>The global options of a client verb, after defaults from the environment.</summary>
internal sealed record ClientSettings(string Url, string? Token, bool Json, Localizer Text);
