using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Zhongyuan.Tests.Storage;

/// <summary>
/// One PostgreSQL server process and its temp directory (<c>data/</c>, <c>server.log</c>, and the
/// Unix socket). Used by <see cref="PostgresCluster"/>.
/// </summary>
internal sealed class PostgresServer
{
    /// <summary>The database superuser created by <c>initdb</c> (trust authentication).</summary>
    public const string SuperUser = "zy";

    private const string Durability = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";

    private readonly PostgresBinaries _binaries;
    private readonly string _root;

    private PostgresServer(PostgresBinaries binaries, string root)
    {
        _binaries = binaries;
        _root = root;
    }

    /// <summary>The loopback TCP port, chosen by <see cref="StartAsync"/>.</summary>
    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "server.log");

    /// <summary>
    /// Creates the temp directory and arranges for the server to be stopped (immediate mode) and the
    /// directory deleted when this process exits.
    /// </summary>
    public static PostgresServer Create(PostgresBinaries binaries)
    {
        var server = new PostgresServer(binaries, Directory.CreateTempSubdirectory("zy-pg-").FullName);
        ExitCleanup.Register(server._root,
            binaries.Command("pg_ctl", "-D", server.DataDirectory, "-m", "immediate", "-w", "stop"));
        return server;
    }

    /// <summary>
    /// Runs <c>initdb</c>: UTF-8, locale C.UTF-8, superuser <see cref="SuperUser"/>, trust auth.
    /// When root, the directory is first handed to the <c>postgres</c> user, who runs the tools.
    /// </summary>
    public async Task InitializeAsync()
    {
        if (_binaries.RunAsPostgresUser)
        {
            await ProcessRunner.RunAsync(_root, ["chown", PostgresBinaries.OsUser + ":", _root]).ConfigureAwait(false);
        }
        await ProcessRunner.RunAsync(_root, _binaries.Command(
            "initdb", "-D", DataDirectory, "-U", SuperUser, "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync")).ConfigureAwait(false);
    }

    /// <summary>Starts the server on a free loopback port and waits until it accepts connections.</summary>
    /// <exception cref="InvalidOperationException">It did not start; the message holds the server log.</exception>
    public async Task StartAsync()
    {
        Port = FreeLoopbackPort();
        try
        {
            var start = _binaries.Command("pg_ctl", "-D", DataDirectory, "-l", LogFile, "-w", "-o", ServerOptions(), "start");
            await ProcessRunner.RunAsync(_root, start).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"PostgreSQL did not start (pg_ctl output below). Server log:\n{ReadLog()}", e);
        }
    }

    // Durability off: the data is thrown away. More connections than the default 100 because
    // every test database keeps its own pool of idle connections.
    private string ServerOptions() => string.Create(CultureInfo.InvariantCulture,
        $"-c listen_addresses=127.0.0.1 -p {Port} -k {_root} -c max_connections=1000 {Durability}");

    private string ReadLog() => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no log written)";

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
