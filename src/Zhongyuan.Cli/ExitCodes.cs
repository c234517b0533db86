namespace Zhongyuan.Cli;

/// <summary>The process exit codes of <c>zy</c>, documented in <c>docs/cli.md</c>.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The server refused the request: validation, conflict, not found (4xx other than 401/403).</summary>
    public const int Refused = 1;

    /// <summary>Bad arguments or an unreadable local file.</summary>
    public const int Usage = 2;

    /// <summary>No server answered at the URL.</summary>
    public const int Unreachable = 3;

    /// <summary>401/403: a token is missing, wrong or lacks the scope.</summary>
    public const int Auth = 4;

    /// <summary>The server failed (5xx).</summary>
    public const int ServerError = 5;
}
