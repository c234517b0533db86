using System.Collections.Concurrent;
using System.Reflection;

namespace Zhongyuan.Storage;

/// <summary>
/// SQL kept in embedded <c>.sql</c> files beside the feature that runs it. A name such as
/// <c>Catalog/Sql/InsertResource</c> reads <c>Catalog/Sql/InsertResource.sql</c>, or
/// <c>InsertResource.postgres.sql</c> / <c>InsertResource.sqlite.sql</c> where the dialects differ.
/// </summary>
public static class SqlScripts
{
    private static readonly Assembly Assembly = typeof(SqlScripts).Assembly;
    private static readonly ConcurrentDictionary<(string, SqlDialect), string> Cache = new();

    /// <summary>The text of a script for a dialect.</summary>
    /// <exception cref="InvalidOperationException">No such script is embedded.</exception>
    public static string Get(string name, SqlDialect dialect) => Cache.GetOrAdd((name, dialect), Load);

    private static string Load((string Name, SqlDialect Dialect) key)
    {
        var baseName = "Zhongyuan." + key.Name.Replace('/', '.');
        var suffix = key.Dialect == SqlDialect.Postgres ? ".postgres.sql" : ".sqlite.sql";
        using var stream = Assembly.GetManifestResourceStream(baseName + suffix)
            ?? Assembly.GetManifestResourceStream(baseName + ".sql")
            ?? throw new InvalidOperationException($"No embedded SQL script named {key.Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
