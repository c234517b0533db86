using Zhongyuan.Catalog;

namespace Zhongyuan.OpenData;

/// <summary>
/// The names the open-data APIs give catalog objects. CKAN names are lower-case ASCII letters, digits,
/// <c>-</c> and <c>_</c>: a resource code (<c>101001000-000001</c>) already is one, and a department is
/// named by its unified social credit code in lower case.
/// </summary>
public static class CkanNames
{
    /// <summary>The package name (and id) of a resource.</summary>
    public static string Package(string code) => code.ToLowerInvariant();

    /// <summary>The organization name of a department, from its credit code, or <c>dept-{id}</c> when it has none.</summary>
    public static string Organization(long id, string? creditCode) =>
        string.IsNullOrWhiteSpace(creditCode) ? "dept-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : creditCode.Trim().ToLowerInvariant();

    /// <summary>The organization name of a resource's provider.</summary>
    public static string Organization(ProviderRef provider) => Organization(provider.Id, provider.CreditCode);

    /// <summary>The resource code a package name or id stands for (codes are upper-case free, so this is the identity).</summary>
    public static string CodeOf(string packageName) => packageName.Trim();
}
