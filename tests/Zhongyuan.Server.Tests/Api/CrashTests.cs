using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Zhongyuan.Tests.Api;

/// <summary>Kills a real server process (SIGKILL) in the middle of a load and checks what a restart finds.</summary>
public sealed partial class CrashTests
{
    private const string Header = "公民身份号码,姓名,性别,民族,出生日期,户籍地址,婚姻状况,文化程度,登记日期\n";

    [Fact]
    public async Task KillDuringLoad_RestartKeepsPreviousVersionAndLeavesNothingHalfWritten()
    {
        var data = Directory.CreateTempSubdirectory("zy-crash-").FullName;
        var url = $"http://127.0.0.1:{FreePort()}";
        var (server, token) = await StartAsync(data, url);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var code = await PopulationCodeAsync(client);
        var first = await Jobs.WaitAsync(client, await UploadAsync(client, code, Rows(100)));
        Assert.Equal("succeeded", first.GetProperty("state").GetString());

        var big = await UploadAsync(client, code, Rows(1_500_000));
        await WaitUntilRunningAsync(client, big);
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();

        (server, _) = await StartAsync(data, url);
        try
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{big.GetProperty("id").GetString()}");
            Assert.Equal("failed", job.GetProperty("state").GetString());
            var versions = await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/resources/{code}/data/versions");
            Assert.Equal(1, Assert.Single(versions!).GetProperty("version").GetInt32());
            var count = await client.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/rows/count");
            Assert.Equal(100, count.GetProperty("count").GetInt64());
            Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(data, "staging")));
            // The first version's file, its key index and, when its rows fail quality rules, their list; nothing of the killed load.
            var files = Directory.EnumerateFiles(Path.Combine(data, "datasets", code)).Select(Path.GetFileName).ToList();
            Assert.Single(files, f => !f!.Contains(".failures.", StringComparison.Ordinal) && !f.Contains(".keys.", StringComparison.Ordinal));
            Assert.All(files, f => Assert.StartsWith(Path.GetFileNameWithoutExtension(versions![0].GetProperty("file").GetString()!).Split('.')[0], f, StringComparison.Ordinal));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static string Rows(int count)
    {
        var sb = new StringBuilder(Header, count * 96);
        for (var i = 0; i < count; i++)
        {
            sb.Append("41010519900101").Append((i % 10000).ToString("0000", System.Globalization.CultureInfo.InvariantCulture))
              .Append(",张").Append(i).Append(",男,汉族,1990-01-01,河南省郑州市金水区文化路").Append(i).Append("号,已婚,大学本科,2020-05-06\n");
        }
        return sb.ToString();
    }

    private static async Task<(Process Server, string Token)> StartAsync(string data, string url)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "zy.dll"), "serve", "--data", data, "--urls", url, "--demo", "--demo-persons", "0" },
        };
        var server = Process.Start(start)!;
        var token = "";
        server.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && TokenLine().Match(line) is { Success: true } m)
            {
                token = m.Groups[1].Value;
            }
        };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = new Uri(url) };
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            try
            {
                if ((await probe.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return (server, token);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        server.Kill(entireProcessTree: true);
        throw new TimeoutException("The server did not become ready within 60 s.");
    }

    private static async Task<string> PopulationCodeAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/resources/search?q=人口基本信息&pageSize=100");
        return page.GetProperty("hits").EnumerateArray()
            .First(h => h.GetProperty("resource").GetProperty("metadata").GetProperty("name").GetString() == "人口基本信息").GetProperty("code").GetString()!;
    }

    private static async Task<JsonElement> UploadAsync(HttpClient client, string code, string csv)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await client.PostAsync($"/api/v1/resources/{code}/data?filename=people.csv", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task WaitUntilRunningAsync(HttpClient client, JsonElement job)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            var current = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{job.GetProperty("id").GetString()}");
            if (current.GetProperty("state").GetString() != "queued")
            {
                Assert.Equal("running", current.GetProperty("state").GetString());
                return;
            }
            await Task.Delay(10);
        }
        Assert.Fail("The load never started.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("export ZY_TOKEN=(zy_[A-Za-z0-9_-]+)")]
    private static partial Regex TokenLine();
}
