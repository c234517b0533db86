namespace Zhongyuan.Server.Api;

/// <summary>A field error as the API writes it.</summary>
/// <param name="Field">The field path.</param>
/// <param name="Code">The stable rule code.</param>
/// <param name="Message">The message in the caller's language.</param>
public sealed record FieldErrorBody(string Field, string Code, string Message);
