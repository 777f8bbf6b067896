namespace ENamnd.TestSupport.Postgres;

/// <summary>How a <see cref="PostgresServer"/> is configured.</summary>
public sealed record PostgresServerOptions
{
    /// <summary>
    /// Turns off fsync, synchronous commit and full-page writes: faster, but a crash of the machine
    /// may lose commits. Only for benchmarks and pure speed tests; durability tests need the default (off).
    /// </summary>
    public bool FastButUnsafe { get; init; }

    /// <summary>
    /// The server's connection limit; each host process and test keeps its own pool, and each host's Hangfire workers
    /// hold a connection each while they wait for a new job, with many hosts at once in the test run.
    /// </summary>
    public int MaxConnections { get; init; } = 600;

    /// <summary>How long start-up and shut-down may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
