namespace Zhongyuan.Cli.Http;

/// <summary>One broken rule of a validation problem.</summary>
internal sealed record ZyFieldError(string Field, string Code, string Message);
