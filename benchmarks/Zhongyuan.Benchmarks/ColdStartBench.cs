using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// Server cold start on embedded storage: a new process of the Server's own executable
/// (<c>dotnet src/Zhongyuan.Server/bin/Release/net10.0/Zhongyuan.Server.dll</c>), timed from process start
/// until <c>GET /healthz</c> answers 200; with a fresh data directory, then again with the one it created.
/// </summary>
internal static class ColdStartBench
{
    public static async Task<string> RunAsync(int runs, string? largeDataDirectory)
    {
        var dll = ServerDll();
        var s = new StringBuilder();
        s.AppendLine("| data directory | runs | min ms | median ms | max ms |");
        s.AppendLine("|---|---:|---:|---:|---:|");
        var fresh = new List<double>();
        var existing = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var dir = Directory.CreateTempSubdirectory("zy-bench-cold-").FullName;
            fresh.Add(await StartAsync(dll, dir));
            existing.Add(await StartAsync(dll, dir));
            Directory.Delete(dir, recursive: true);
            Console.Error.WriteLine($"coldstart: run {i + 1}/{runs}: fresh {Measure.F(fresh[^1], 0)} ms, existing {Measure.F(existing[^1], 0)} ms");
        }
        Row(s, "fresh (migrate, create index, bootstrap admin)", fresh);
        Row(s, "existing (the one the fresh start created)", existing);
        if (largeDataDirectory is not null)
        {
            var large = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                large.Add(await StartAsync(dll, largeDataDirectory));
                Console.Error.WriteLine($"coldstart: large run {i + 1}/{runs}: {Measure.F(large[^1], 0)} ms");
            }
            Row(s, "existing with the search benchmark's catalog", large);
        }
        return s.ToString();
    }

    private static async Task<double> StartAsync(string dll, string dataDirectory)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, $"--Zhongyuan:DataDirectory={dataDirectory}", $"--urls=http://127.0.0.1:{port}" },
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var url = new Uri($"http://127.0.0.1:{port}/healthz");
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (!await IsHealthyAsync(client, url))
            {
                if (process.HasExited || Stopwatch.GetElapsedTime(started) > TimeSpan.FromMinutes(3))
                {
                    throw new InvalidOperationException($"The server did not become healthy (exit code {(process.HasExited ? process.ExitCode : null)}).");
                }
                await Task.Delay(5);
            }
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<bool> IsHealthyAsync(HttpClient client, Uri url)
    {
        try
        {
            using var response = await client.GetAsync(url);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ServerDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "zhongyuan.slnx")))
        {
            dir = dir.Parent;
        }
        var dll = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("zhongyuan.slnx not found above " + AppContext.BaseDirectory),
            "src", "Zhongyuan.Server", "bin", "Release", "net10.0", "Zhongyuan.Server.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the server first: dotnet build -c Release src/Zhongyuan.Server", dll);
    }

    private static void Row(StringBuilder s, string label, List<double> ms) =>
        s.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| {label} | {ms.Count} | {Measure.F(ms.Min(), 0)} | {Measure.F(Measure.Percentile(ms, 50), 0)} | {Measure.F(ms.Max(), 0)} |");
}
