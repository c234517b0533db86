namespace Zhongyuan.Sharing;

/// <summary>Finds the grant an application holds on a resource; implemented by the grant store.</summary>
public interface IGrantLookup
{
    /// <summary>The grant of <paramref name="applicationId"/> on <paramref name="resourceCode"/> in force at <paramref name="now"/>, or null.</summary>
    Task<Grant?> InForceAsync(long applicationId, string resourceCode, DateTimeOffset now, CancellationToken ct = default);
}
