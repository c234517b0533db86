namespace Zhongyuan.Storage;

/// <summary>The control-plane database engine.</summary>
public enum SqlDialect
{
    /// <summary>Embedded SQLite file (the default).</summary>
    Sqlite,

    /// <summary>PostgreSQL server.</summary>
    Postgres,
}
