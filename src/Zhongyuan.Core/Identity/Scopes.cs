namespace Zhongyuan.Identity;

/// <summary>The scopes an API token may carry.</summary>
public static class Scopes
{
    /// <summary>Read unpublished catalog entries.</summary>
    public const string CatalogRead = "catalog:read";

    /// <summary>Create, edit and move catalog entries through their lifecycle.</summary>
    public const string CatalogWrite = "catalog:write";

    /// <summary>Read dataset rows of resources that are not open to the public.</summary>
    public const string DataRead = "data:read";

    /// <summary>Load data into resources.</summary>
    public const string DataWrite = "data:write";

    /// <summary>Manage departments and platform settings.</summary>
    public const string Admin = "admin";

    /// <summary>Every scope, space separated as stored.</summary>
    public const string All = CatalogRead + " " + CatalogWrite + " " + DataRead + " " + DataWrite + " " + Admin;
}
