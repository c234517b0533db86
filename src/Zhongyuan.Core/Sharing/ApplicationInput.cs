namespace Zhongyuan.Sharing;

/// <summary>The fields of an application its department fills in, when registering or changing it.</summary>
/// <param name="Name">The name, unique within the department; at most 100 characters.</param>
/// <param name="Description">What the system does; at most 1000 characters.</param>
/// <param name="Contact">Who to call about it; at most 200 characters.</param>
/// <param name="Enabled">Whether its keys authenticate (default true).</param>
public sealed record ApplicationInput(string? Name, string? Description, string? Contact, bool? Enabled);
