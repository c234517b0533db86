using DuckDB.NET.Data;

namespace Zhongyuan.Ingest.Query;

/// <summary>Creates DuckDB commands with their positional parameters bound.</summary>
internal static class QueryCommand
{
    /// <summary>A command for <paramref name="sql"/> with <paramref name="parameters"/> bound to <c>$1</c>, <c>$2</c>….</summary>
    public static DuckDBCommand Create(DuckDBConnection connection, string sql, IEnumerable<object> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(p));
        }

        return command;
    }

    /// <summary>A command for a built query, after running its <see cref="BuiltQuery.Setup"/> statements.</summary>
    public static DuckDBCommand Create(DuckDBConnection connection, BuiltQuery query) => Create(connection, query, query.Sql);

    /// <summary>A command for <paramref name="sql"/> (the built query, or a statement around it) with the query's parameters, after its setup.</summary>
    public static DuckDBCommand Create(DuckDBConnection connection, BuiltQuery query, string sql)
    {
        foreach (var (setup, parameters) in query.Setup)
        {
            using var command = Create(connection, setup, parameters);
            command.ExecuteNonQuery();
        }
        return Create(connection, sql, query.Parameters);
    }
}
