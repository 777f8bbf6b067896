using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace ENamnd.TestSupport.Hosting;

/// <summary>
/// The real host as a child process (<c>dotnet ENamnd.Host.dll</c>) in a temporary working directory,
/// with its output captured. It can be killed (SIGKILL, as a crash) or stopped (SIGTERM) and started
/// again with the same settings and port, to test what survives a restart.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly HostProcessOptions options;
    private readonly Dictionary<string, string?> environment;
    private readonly string assemblyPath;
    private readonly ProcessOutput output;
    private readonly HttpClient probe = new() { Timeout = TimeSpan.FromSeconds(5) };
    private Process? process;
    private bool disposed;

    /// <summary>Prepares a host; nothing runs until <see cref="StartAsync"/>.</summary>
    public HostProcess(HostProcessOptions options)
    {
        this.options = options;
        assemblyPath = options.AssemblyPath ?? HostAssembly.Locate();
        WorkingDirectory = Directory.CreateTempSubdirectory("enamnd-host-").FullName;
        output = new ProcessOutput(Path.Combine(WorkingDirectory, "host-output.log"));
        // A copy, so that options shared by several hosts do not share the port picked here.
        environment = new Dictionary<string, string?>(options.Environment, StringComparer.Ordinal);
        if (!environment.TryGetValue("Urls", out var urls) || string.IsNullOrEmpty(urls))
        {
            urls = $"http://127.0.0.1:{FreePort.Next()}";
            environment["Urls"] = urls;
        }
        BaseAddress = new Uri(urls.Split(';')[0].TrimEnd('/') + "/");
    }

    /// <summary>Where the host listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The host's working directory (and content root); deleted on dispose.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Everything the host printed, over all its starts.</summary>
    public string Output => output.Text;

    /// <summary>The file that holds <see cref="Output"/>.</summary>
    public string OutputFile => output.FilePath;

    /// <summary>Whether the host process is running.</summary>
    public bool IsRunning => process is { HasExited: false };

    /// <summary>The process id of the current (or last) start.</summary>
    public int ProcessId => process?.Id ?? throw new InvalidOperationException("The host has not been started.");

    /// <summary>The exit code of the last run, once it has exited.</summary>
    public int? ExitCode => process is { HasExited: true } p ? p.ExitCode : null;

    /// <summary>Starts the host and waits until its health endpoint answers 200; fails with the output's tail otherwise.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (IsRunning) throw new InvalidOperationException("The host is already running.");
        process?.Dispose();
        process = Launch();
        output.Append($"--- ENamnd.Host started as process {process.Id} ---");

        var deadline = Stopwatch.StartNew();
        var health = new Uri(BaseAddress, options.HealthPath.TrimStart('/'));
        while (true)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync(cancellationToken);
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before {options.HealthPath} answered. Output:\n{output.Tail()}");
            }
            if (await AnswersOkAsync(health, cancellationToken)) return;
            if (deadline.Elapsed > options.StartTimeout)
            {
                await KillAsync();
                throw new TimeoutException($"The host's {options.HealthPath} did not answer 200 within {options.StartTimeout.TotalSeconds:0} s. Output:\n{output.Tail()}");
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Kills the host and its children at once (SIGKILL, like a crash) and waits until it has exited.</summary>
    public async Task KillAsync()
    {
        if (process is null || process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Asks the host to shut down (SIGTERM) and waits; kills it and fails when it takes longer than <paramref name="timeout"/> (default 30 s).</summary>
    public async Task<int> StopAsync(TimeSpan? timeout = null)
    {
        if (process is null) throw new InvalidOperationException("The host has not been started.");
        if (!process.HasExited)
        {
            UnixSignal.Terminate(process.Id);
            using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                await KillAsync();
                throw new TimeoutException($"The host did not stop after SIGTERM. Output:\n{output.Tail()}");
            }
        }
        return process.ExitCode;
    }

    /// <summary>A client for <see cref="BaseAddress"/> that sends the options' API key, if any.</summary>
    public HttpClient CreateClient() => CreateClient(options.ApiKey);

    /// <summary>A client for <see cref="BaseAddress"/> that sends <paramref name="apiKey"/> as <c>Authorization: ApiKey …</c> (nothing when null).</summary>
    public HttpClient CreateClient(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", apiKey);
        return client;
    }

    /// <summary>Kills the host if it still runs and deletes its working directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        await KillAsync();
        process?.Dispose();
        probe.Dispose();
        output.Dispose();
        try
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temporary directory's cleaning; a failed delete must not hide a test's result.
        }
    }

    private Process Launch()
    {
        // A published self-contained host is its own executable; a build output is run by dotnet.
        var start = assemblyPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo(HostAssembly.DotnetExecutable(), [assemblyPath])
            : new ProcessStartInfo(assemblyPath);
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = WorkingDirectory;
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var started = new Process { StartInfo = start };
        started.OutputDataReceived += (_, e) => output.Append(e.Data);
        started.ErrorDataReceived += (_, e) => output.Append(e.Data);
        started.Start();
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        return started;
    }

    private async Task<bool> AnswersOkAsync(Uri health, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await probe.GetAsync(health, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
