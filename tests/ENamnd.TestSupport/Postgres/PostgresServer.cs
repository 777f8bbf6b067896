using System.Security.Cryptography;
using Npgsql;

namespace ENamnd.TestSupport.Postgres;

/// <summary>
/// A throwaway PostgreSQL server: its own cluster in a temporary directory, listening on a free port
/// of 127.0.0.1, superuser <c>postgres</c> with a generated password (scram-sha-256 over TCP).
/// Disposing it stops the server and deletes the directory. When this process runs as root, the
/// server programs run as the OS user <c>postgres</c>, since initdb and postgres refuse root.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    /// <summary>The superuser that initdb creates.</summary>
    public const string Superuser = "postgres";

    private const string Loopback = "127.0.0.1";
    private const int StartAttempts = 3;

    private readonly PostgresServerOptions options;
    private readonly OsUser? serverUser;
    private bool disposed;

    private PostgresServer(string rootDirectory, string binDirectory, OsUser? serverUser, PostgresServerOptions options)
    {
        RootDirectory = rootDirectory;
        BinDirectory = binDirectory;
        this.serverUser = serverUser;
        this.options = options;
        Password = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 24);
    }

    /// <summary>The directory of the PostgreSQL programs, e.g. for running pgbench.</summary>
    public string BinDirectory { get; }

    /// <summary>The temporary directory holding the cluster, the socket and the log.</summary>
    public string RootDirectory { get; }

    /// <summary>The cluster's data directory.</summary>
    public string DataDirectory => Path.Combine(RootDirectory, "data");

    /// <summary>The server's log (what postgres printed).</summary>
    public string LogFile => Path.Combine(RootDirectory, "server.log");

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>The superuser's password.</summary>
    public string Password { get; }

    /// <summary>Whether the server runs without fsync (see <see cref="PostgresServerOptions.FastButUnsafe"/>).</summary>
    public bool FastButUnsafe => options.FastButUnsafe;

    /// <summary>A connection string for the superuser and the database <c>postgres</c>.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    private string SocketDirectory => Path.Combine(RootDirectory, "socket");

    /// <summary>Creates a cluster in a new temporary directory and starts it; waits until it accepts connections.</summary>
    public static async Task<PostgresServer> StartAsync(PostgresServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var bin = PostgresBinaries.FindDirectory();
        var user = OsUser.IsRoot ? await OsUser.FindAsync(Superuser, cancellationToken) : null;
        var root = Path.Combine(Path.GetTempPath(), $"enamnd-pg-{Guid.NewGuid():N}"[..23]);
        var server = new PostgresServer(root, bin, user, options ?? new PostgresServerOptions());
        try
        {
            await server.InitializeClusterAsync(cancellationToken);
            await server.StartServerAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection string for the superuser and <paramref name="database"/>.</summary>
    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = Loopback,
        Port = Port,
        Username = Superuser,
        Password = Password,
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>Stops the server (fast shutdown) and starts it again on the same port; committed work survives.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        var result = await PgCtlAsync(["restart", "-m", "fast", "-l", LogFile, "-o", $"-p {Port}"], cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"PostgreSQL did not restart (pg_ctl exit code {result.ExitCode}).\n{result.Output}\nServer log ({LogFile}):\n{ReadLogTail()}");
    }

    /// <summary>The last lines of the server log.</summary>
    public string ReadLogTail(int lines = 40) => TextTail.OfFile(LogFile, lines);

    /// <summary>Stops the server (fast shutdown: sessions are ended, committed work is kept) and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            var stopped = await PgCtlAsync(["stop", "-m", "fast"], CancellationToken.None);
            if (!stopped.Succeeded) await PgCtlAsync(["stop", "-m", "immediate"], CancellationToken.None);
        }
        DeleteRootDirectory();
    }

    private async Task InitializeClusterAsync(CancellationToken cancellationToken)
    {
        // Owner-only: the password file lies here until initdb has read it.
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(RootDirectory);
        else Directory.CreateDirectory(RootDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(SocketDirectory);
        var passwordFile = Path.Combine(RootDirectory, "password");
        await File.WriteAllTextAsync(passwordFile, Password + "\n", cancellationToken);
        if (serverUser is not null) await serverUser.TakeOwnershipAsync(RootDirectory, cancellationToken);

        // Local (socket) connections are trusted; TCP connections need the password, so tests can
        // also see what wrong credentials do.
        var result = await RunAsync("initdb",
        [
            "-D", DataDirectory, "-U", Superuser, $"--pwfile={passwordFile}",
            "--auth-local=trust", "--auth-host=scram-sha-256",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        ], cancellationToken);
        File.Delete(passwordFile);
        if (!result.Succeeded)
            throw new InvalidOperationException($"initdb failed (exit code {result.ExitCode}):\n{result.Output}");

        await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), Settings(), cancellationToken);
    }

    private string Settings()
    {
        var lines = new List<string>
        {
            "",
            "# Written by ENamnd.TestSupport: loopback only, socket in the temporary directory.",
            $"listen_addresses = '{Loopback}'",
            $"unix_socket_directories = '{SocketDirectory.Replace("'", "''", StringComparison.Ordinal)}'",
            $"max_connections = {options.MaxConnections}",
        };
        if (options.FastButUnsafe)
            lines.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);
        return string.Join('\n', lines) + "\n";
    }

    // The port was free when picked, but another process may take it before postgres binds it; then
    // the start is tried again on another port.
    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort.Next();
            var result = await PgCtlAsync(["start", "-l", LogFile, "-o", $"-p {Port}"], cancellationToken);
            if (result.Succeeded) return;
            var log = ReadLogTail();
            if (attempt >= StartAttempts || !log.Contains("could not bind", StringComparison.Ordinal))
                throw new InvalidOperationException(
                    $"PostgreSQL did not start on port {Port} (pg_ctl exit code {result.ExitCode}).\n{result.Output}\nServer log ({LogFile}):\n{log}");
        }
    }

    private Task<CommandResult> PgCtlAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync("pg_ctl", ["-D", DataDirectory, "-w", "-t", ((int)options.Timeout.TotalSeconds).ToString(), .. arguments], cancellationToken);

    private Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        ExternalCommand.RunAsync(
            Path.Combine(BinDirectory, program),
            arguments,
            workingDirectory: Directory.Exists(RootDirectory) ? RootDirectory : null,
            runAs: serverUser,
            timeout: options.Timeout + TimeSpan.FromSeconds(30),
            cancellationToken: cancellationToken);

    private void DeleteRootDirectory()
    {
        for (var attempt = 1; Directory.Exists(RootDirectory); attempt++)
        {
            try
            {
                Directory.Delete(RootDirectory, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                // A process that just exited may still be closing files in it.
                Thread.Sleep(200);
            }
        }
    }
}
