using ENamnd.Host;
using Microsoft.AspNetCore.Builder;

namespace ENamnd.Benchmarks.Idle;

/// <summary>
/// The whole host on a database of the benchmark's, started as the run command starts it (migrations, schedules,
/// Hangfire's server, the recurring jobs and the endpoints on a free loopback port), running until disposed.
/// </summary>
public sealed class IdleHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Task<int> running;
    private readonly DirectoryInfo dataDirectory;

    private IdleHost(WebApplication app, Task<int> running, DirectoryInfo dataDirectory)
    {
        this.app = app;
        this.running = running;
        this.dataDirectory = dataDirectory;
    }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Starts the host on <paramref name="postgres"/> and waits until it serves.</summary>
    public static async Task<IdleHost> StartAsync(string postgres, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("enamnd-bench-idle-");
        var app = BenchmarkHost.Build(data, postgres, new Dictionary<string, string?> { ["Urls"] = "http://127.0.0.1:0" });
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        var running = app.RunENamndAsync();
        var first = await Task.WhenAny(started.Task, running, Task.Delay(TimeSpan.FromMinutes(2), cancellationToken));
        if (first != started.Task)
        {
            await app.DisposeAsync();
            data.Delete(recursive: true);
            throw new InvalidOperationException(first == running ? $"The host stopped at start with code {await running}." : "The host did not start within 2 minutes.");
        }
        return new IdleHost(app, running, data);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await running;
        await app.DisposeAsync();
        dataDirectory.Delete(recursive: true);
    }
}
