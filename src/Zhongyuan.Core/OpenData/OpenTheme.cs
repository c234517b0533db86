namespace Zhongyuan.OpenData;

/// <summary>An open-data theme as the standard APIs name it.</summary>
/// <param name="Zh">The theme as the catalog stores it (<see cref="Catalog.OpenDataThemes.All"/>).</param>
/// <param name="Slug">The CKAN group name: lower-case ASCII letters, digits and dashes.</param>
/// <param name="En">The English title.</param>
/// <param name="EuTheme">The code of the closest EU data theme (<c>http://publications.europa.eu/resource/authority/data-theme/</c>), used as <c>dcat:theme</c>.</param>
public sealed record OpenTheme(string Zh, string Slug, string En, string EuTheme);
