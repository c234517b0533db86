namespace Zhongyuan.Server.Api;

/// <summary>A rejected import row.</summary>
/// <param name="Row">Its row in the file; 0 for the whole file.</param>
/// <param name="Errors">Why.</param>
public sealed record RejectedRowBody(int Row, IReadOnlyList<FieldErrorBody> Errors);
