namespace ENamnd.TestSupport.Hosting;

/// <summary>How a <see cref="HostProcess"/> is started.</summary>
public sealed class HostProcessOptions
{
    /// <summary>
    /// Environment variables for the host, on top of this process's own (a null value removes one),
    /// e.g. <c>Storage__DataDirectory</c>, <c>ConnectionStrings__Postgres</c>, <c>Auth__CoordinatorApiKey</c>.
    /// Without <c>Urls</c>, the host listens on a free port of 127.0.0.1.
    /// </summary>
    /// <remarks>
    /// The task links and the login form are rate-limited per address, and every test client comes from 127.0.0.1;
    /// the limit starts far above what a test sends, so only a test that sets it meets it.
    /// </remarks>
    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal) {
        ["RateLimits__TaskLinks__PermitLimit"] = TestRateLimit,
        ["RateLimits__Login__PermitLimit"] = TestRateLimit,
    };

    /// <summary>The rate limit a test host starts with: none that a test would meet by accident.</summary>
    public const string TestRateLimit = "1000000";

    /// <summary>The key <see cref="HostProcess.CreateClient()"/> sends as <c>Authorization: ApiKey …</c>; none when null.</summary>
    public string? ApiKey { get; init; }

    /// <summary>
    /// The host's ENamnd.Host.dll, run by dotnet, or the executable of a self-contained publish; by default the dll found
    /// next to the test assembly or in the host project's build output.
    /// </summary>
    public string? AssemblyPath { get; init; }

    /// <summary>How long <see cref="HostProcess.StartAsync"/> waits for the health endpoint.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The endpoint that answers 200 once the host is ready.</summary>
    public string HealthPath { get; init; } = "/health";
}
