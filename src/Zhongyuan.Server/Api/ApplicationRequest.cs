namespace Zhongyuan.Server.Api;

/// <summary>Registers or changes an application (应用).</summary>
/// <param name="Name">Unique within the department.</param>
/// <param name="Description">What the system does.</param>
/// <param name="Contact">Who to call about it.</param>
/// <param name="Enabled">Whether its keys authenticate (default true).</param>
/// <param name="DepartmentId">On registration: the department (default the caller's); ignored on change.</param>
internal sealed record ApplicationRequest(string? Name, string? Description, string? Contact, bool? Enabled, long? DepartmentId);
