namespace Zhongyuan.Cli.Http;

/// <summary>The server answered with an error status.</summary>
internal sealed class ZyProblemException(ZyProblem problem) : Exception(problem.Title)
{
    public ZyProblem Problem { get; } = problem;
}
