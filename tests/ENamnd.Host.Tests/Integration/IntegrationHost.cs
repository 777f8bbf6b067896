using ENamnd.TestSupport.Hosting;

namespace ENamnd.Host.Tests.Integration;

/// <summary>
/// The real host as a child process, set up for integration tests: a data directory inside its own
/// working directory, a known coordinator key, SQLite (no connection string) or a PostgreSQL
/// database, no demo cases, and recovery sweeps every two seconds unless told otherwise.
/// </summary>
internal static class IntegrationHost
{
    /// <summary>The coordinator key the hosts accept.</summary>
    public const string ApiKey = "integration-coordinator-key-0123456789";

    /// <summary>A cron (with seconds) that fires every two seconds.</summary>
    public const string EveryTwoSeconds = "*/2 * * * * *";

    /// <summary>The data directory, relative to the host's working directory (so it is deleted with it).</summary>
    public const string DataDirectory = "data";

    /// <summary>
    /// A host on <paramref name="postgres"/> (SQLite in its data directory when null); with
    /// <paramref name="fastSweeps"/> the due-bookmark sweep and the outbox dispatcher run every two seconds.
    /// </summary>
    public static HostProcess Create(string? postgres, bool fastSweeps = true, Action<Dictionary<string, string?>>? configure = null)
    {
        var options = new HostProcessOptions { ApiKey = ApiKey };
        var environment = options.Environment;
        environment["Storage__DataDirectory"] = DataDirectory;
        // Set even when empty, so a connection string in the test runner's own environment cannot leak in.
        environment["ConnectionStrings__Postgres"] = postgres ?? "";
        environment["Auth__CoordinatorApiKey"] = ApiKey;
        // The tests count the instances, tasks and emails they make; demo cases driven in the background would add to them.
        environment["Demo__SeedCases"] = "false";
        if (fastSweeps)
        {
            environment["Scheduling__DueBookmarkSweepCron"] = EveryTwoSeconds;
            environment["Scheduling__OutboxDispatcherCron"] = EveryTwoSeconds;
        }
        configure?.Invoke(environment);
        return new HostProcess(options);
    }

    /// <summary>The host's data directory.</summary>
    public static string DataDirectoryOf(HostProcess host) => Path.Combine(host.WorkingDirectory, DataDirectory);

    /// <summary>Where the host writes emails in pickup mode.</summary>
    public static string MailDirectoryOf(HostProcess host) => Path.Combine(DataDirectoryOf(host), "mail");

    /// <summary>The host's SQLite database file (embedded default).</summary>
    public static string SqliteFileOf(HostProcess host) => Path.Combine(DataDirectoryOf(host), "enamnd.db");

    /// <summary>The tail of what the host printed, for failure messages.</summary>
    public static string Tail(HostProcess host, int lines = 60) => $"Host output (last {lines} lines):\n{ENamnd.TestSupport.TextTail.Of(host.Output, lines)}";
}
