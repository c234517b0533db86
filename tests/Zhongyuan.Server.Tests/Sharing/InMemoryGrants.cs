using System.Collections.Concurrent;
using Zhongyuan.Sharing;

namespace Zhongyuan.Tests.Sharing;

/// <summary>
/// The grants a test constructs, looked up as the grant store will (a grant in force at the time asked). The only
/// stand-in for the grant store until the grants branch merges; it then gives way to the real store.
/// </summary>
internal sealed class InMemoryGrants : IGrantLookup
{
    private readonly ConcurrentDictionary<long, Grant> _grants = new();

    public void Put(Grant grant) => _grants[grant.Id] = grant;

    public Task<Grant?> InForceAsync(long applicationId, string resourceCode, DateTimeOffset now, CancellationToken ct = default) =>
        Task.FromResult(_grants.Values.FirstOrDefault(g => g.ApplicationId == applicationId && g.ResourceCode == resourceCode && g.IsInForce(now)));
}
