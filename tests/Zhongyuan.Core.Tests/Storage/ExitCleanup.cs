namespace Zhongyuan.Tests.Storage;

/// <summary>
/// Runs a command and deletes a directory after this process exits, however it exits.
/// </summary>
/// <remarks>
/// A ProcessExit handler alone is not enough: the test runner kills the test host about 100 ms
/// after the run ends, and a crashed host runs no handler at all. So a small shell waits for
/// end-of-file on a pipe from this process. The ProcessExit handler closes the pipe; the kernel
/// closes it too when this process dies. The shell ignores Ctrl-C so that it outlives the run.
/// </remarks>
internal static class ExitCleanup
{
    private const string Script =
        """exec >/dev/null 2>&1; trap '' INT HUP; dir=$1; shift; cat; "$@"; rm -rf -- "$dir" """;

    /// <summary>At exit, runs <paramref name="command"/> (ignoring its failure), then deletes <paramref name="directory"/>.</summary>
    public static void Register(string directory, IReadOnlyList<string> command)
    {
        var watchdog = ProcessRunner.Start("/", ["sh", "-c", Script, "zy-exit-cleanup", directory, .. command]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => watchdog.StandardInput.Close();
    }
}
