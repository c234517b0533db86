namespace Zhongyuan.Catalog;

/// <summary>信息资源提供方: the providing department as a resource shows it.</summary>
/// <param name="Id">The department's id.</param>
/// <param name="Name">Its full name.</param>
/// <param name="CreditCode">提供方代码: its unified social credit code.</param>
/// <param name="RegionCode">Its region.</param>
public sealed record ProviderRef(long Id, string Name, string CreditCode, string RegionCode);
