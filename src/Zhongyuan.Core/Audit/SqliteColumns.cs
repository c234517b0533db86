using System.Runtime.InteropServices;

namespace Zhongyuan.Audit;

/// <summary>
/// Direct calls to SQLite's column accessors (the <c>e_sqlite3</c> library that Microsoft.Data.Sqlite loads), without
/// the GC transition of an ordinary P/Invoke: the verifier makes about 60 of them per event, and with the transition
/// they cost more than the hashing. Safe here because these functions neither block nor call back into .NET.
/// </summary>
internal static class SqliteColumns
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_NULL.</summary>
    public const int Null = 5;

    [DllImport(Library, EntryPoint = "sqlite3_column_type", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern int Type(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_int64", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern long Int64(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_blob", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern IntPtr Blob(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_bytes", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern int Bytes(IntPtr statement, int column);
}
