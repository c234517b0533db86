using Zhongyuan.Identity;

namespace Zhongyuan.Server.Hosting;

/// <summary>What start-up learned, kept in memory only.</summary>
public sealed class PlatformState
{
    /// <summary>The three administrators' credentials (and the system administrator's token) when this start created them; never persisted in clear.</summary>
    public BootstrapCredentials? Bootstrap { get; internal set; }

    /// <summary>Whether start-up has finished and requests may be served.</summary>
    public bool Ready { get; internal set; }
}
