namespace Zhongyuan.Server.Api;

/// <summary>Refuses a share request.</summary>
/// <param name="Reason">Why; required, shown to the consumer.</param>
internal sealed record SharingRefuseRequest(string? Reason);
