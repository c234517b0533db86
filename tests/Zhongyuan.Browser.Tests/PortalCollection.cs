namespace Zhongyuan.Tests;

/// <summary>All browser tests share one server and one browser: starting them is most of the suite's time.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalServer>
{
    public const string Name = "portal";
}
