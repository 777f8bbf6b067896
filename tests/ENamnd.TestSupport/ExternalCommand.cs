using System.Diagnostics;
using System.Text;

namespace ENamnd.TestSupport;

/// <summary>Runs a program to completion and collects what it printed.</summary>
public static class ExternalCommand
{
    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="arguments"/> (no shell), optionally as another
    /// OS user (see <see cref="OsUser"/>), and waits for it; a command still running after
    /// <paramref name="timeout"/> is killed and reported as a <see cref="TimeoutException"/>.
    /// </summary>
    public static async Task<CommandResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        OsUser? runAs = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var start = runAs?.Wrap(fileName, arguments) ?? new ProcessStartInfo(fileName, arguments);
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            start.Environment[name] = value;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{Describe(start)} did not finish in time. Output:\n{Read(output)}");
        }
        return new CommandResult(process.ExitCode, Read(output));
    }

    /// <summary>The command line, for messages.</summary>
    public static string Describe(ProcessStartInfo start) => string.Join(' ', [start.FileName, .. start.ArgumentList]);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private static string Read(StringBuilder output)
    {
        lock (output) return output.ToString();
    }
}
