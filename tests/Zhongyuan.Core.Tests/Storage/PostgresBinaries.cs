namespace Zhongyuan.Tests.Storage;

/// <summary>Where <c>initdb</c> and <c>pg_ctl</c> live, and whom to run them as.</summary>
/// <param name="BinDirectory">Directory holding <c>initdb</c> and <c>pg_ctl</c>.</param>
/// <param name="RunAsPostgresUser">True when this process is root: <c>initdb</c> refuses root,
/// so the tools run as the <c>postgres</c> user through <c>runuser</c>.</param>
internal sealed record PostgresBinaries(string BinDirectory, bool RunAsPostgresUser)
{
    /// <summary>The OS account that owns the cluster when this process is root.</summary>
    public const string OsUser = "postgres";

    /// <summary>
    /// Finds the tools in <c>ZY_PG_BIN</c>, else the highest version under
    /// <c>/usr/lib/postgresql/*/bin</c> (Debian keeps them off PATH), else on PATH.
    /// </summary>
    /// <exception cref="InvalidOperationException">No <c>initdb</c> was found.</exception>
    public static PostgresBinaries Locate()
    {
        var directory = Candidates().FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian package " +
                "'postgresql' (bash tests/run.sh does) or set ZY_PG_BIN to their directory.");
        return new PostgresBinaries(directory, Environment.UserName == "root");
    }

    /// <summary>The command line that runs <paramref name="tool"/> with <paramref name="arguments"/>.</summary>
    public IReadOnlyList<string> Command(string tool, params string[] arguments)
    {
        string[] prefix = RunAsPostgresUser ? ["runuser", "-u", OsUser, "--"] : [];
        return [.. prefix, Path.Combine(BinDirectory, tool), .. arguments];
    }

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable("ZY_PG_BIN") is { Length: > 0 } configured)
        {
            yield return configured;
        }
        foreach (var versioned in DebianBinDirectories())
        {
            yield return versioned;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return directory;
        }
    }

    private static IEnumerable<string> DebianBinDirectories()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return [];
        }
        return Directory.GetDirectories(root)
            .Select(d => (Directory: d, Version: Version.TryParse(VersionText(d), out var v) ? v : null))
            .Where(d => d.Version is not null)
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Directory, "bin"));
    }

    // "15" is not a valid System.Version; "15.0" is.
    private static string VersionText(string directory) =>
        Path.GetFileName(directory) is var name && name.Contains('.', StringComparison.Ordinal) ? name : name + ".0";
}
