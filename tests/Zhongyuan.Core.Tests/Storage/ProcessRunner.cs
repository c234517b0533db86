using System.Diagnostics;

namespace Zhongyuan.Tests.Storage;

/// <summary>Runs external programs (PostgreSQL tools, <c>chown</c>, <c>sh</c>) for the test fixtures.</summary>
internal static class ProcessRunner
{
    /// <summary>Runs <paramref name="command"/> to completion and returns its combined output.</summary>
    /// <exception cref="InvalidOperationException">It exited non-zero; the message holds the command and output.</exception>
    public static async Task<string> RunAsync(string workingDirectory, IReadOnlyList<string> command)
    {
        using var process = Start(workingDirectory, command);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        var output = await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{string.Join(' ', command)}' exited with code {process.ExitCode}:\n{output}");
        }
        return output;
    }

    /// <summary>
    /// Starts <paramref name="command"/> with all three standard streams redirected to pipes, so it
    /// never holds on to this process's console (the test runner waits for that to close).
    /// </summary>
    public static Process Start(string workingDirectory, IReadOnlyList<string> command)
    {
        var info = new ProcessStartInfo(command[0])
        {
            // The tools may run as another user who cannot enter the caller's current directory.
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }
        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start '{command[0]}'.");
    }
}
