namespace Zhongyuan.Regions;

/// <summary>The level of an administrative division in the GB/T 2260 hierarchy.</summary>
internal enum RegionLevel
{
    /// <summary>A province-level division (省级), e.g. 410000 河南省.</summary>
    Province,

    /// <summary>
    /// A prefecture-level city (地级市), or a county-level city administered directly by the
    /// province and treated as a city node (济源市 419001).
    /// </summary>
    City,

    /// <summary>A county-level division under a city: district (区), county (县) or county-level city (市).</summary>
    County,
}
