using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Integration;

/// <summary>Stops and starts a dedicated <see cref="PostgresServer"/> in place (same data, same port), to take the database away from a running host.</summary>
internal static class PostgresServerControl
{
    /// <summary>Stops the server (fast shutdown: sessions are ended).</summary>
    public static Task StopAsync(PostgresServer server) => PgCtlAsync(server, ["stop", "-m", "fast"]);

    /// <summary>Starts the stopped server again on its port and waits until it accepts connections.</summary>
    public static Task StartAsync(PostgresServer server) => PgCtlAsync(server, ["start", "-l", server.LogFile, "-o", $"-p {server.Port}"]);

    private static async Task PgCtlAsync(PostgresServer server, string[] arguments)
    {
        // initdb and postgres refuse root, so the test support runs the cluster as the OS user postgres.
        var user = OsUser.IsRoot ? await OsUser.FindAsync(PostgresServer.Superuser) : null;
        var result = await ExternalCommand.RunAsync(
            Path.Combine(server.BinDirectory, "pg_ctl"),
            ["-D", server.DataDirectory, "-w", "-t", "60", .. arguments],
            workingDirectory: server.RootDirectory,
            runAs: user,
            timeout: TimeSpan.FromSeconds(90));
        if (!result.Succeeded)
            throw new InvalidOperationException($"pg_ctl {arguments[0]} failed ({result.ExitCode}): {result.Output}\nServer log:\n{server.ReadLogTail()}");
    }
}
