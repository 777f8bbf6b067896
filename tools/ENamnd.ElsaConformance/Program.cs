using ENamnd.ElsaConformance.Hosting;
using ENamnd.ElsaConformance.Manifest;
using ENamnd.ElsaConformance.Reporting;
using ENamnd.ElsaConformance.Running;

namespace ENamnd.ElsaConformance;

/// <summary>The entry point (a class of its own: the host's top-level <c>Program</c> is the type the in-memory host starts).</summary>
public static class ConformanceProgram
{
    /// <summary>Measures, writes the Markdown table to standard output and progress to standard error.</summary>
    public static async Task<int> Main(string[] args)
    {
        // The table goes to standard output alone; anything the host or a library writes to the console goes to standard error.
        var report = Console.Out;
        Console.SetOut(Console.Error);
        ConformanceSettings settings;
        ConformanceManifest manifest;
        ElsaCoreSource source;
        try
        {
            settings = ConformanceSettings.Parse(args);
            manifest = ConformanceManifest.Load(settings.Manifest);
            if (manifest.Problems() is { Count: > 0 } problems) throw new ArgumentException($"The manifest is not sound:\n{string.Join("\n", problems)}");
            source = await ElsaCoreSource.OpenAsync(settings.ElsaCore, CancellationToken.None);
        }
        catch (Exception e) when (e is ArgumentException or IOException or System.Text.Json.JsonException)
        {
            // Nothing was measured: the one case that is not exit code 0.
            Console.Error.WriteLine($"{e.Message}\n{ConformanceSettings.Usage}");
            return 2;
        }
        // The in-memory host finds its content root (the host project) through the manifest the build writes next to
        // this program, read from the current directory; the paths given on the command line are resolved already.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var results = await new ConformanceRun(manifest, source, () => new ConformanceHost(), Console.Error).RunAsync(settings.Includes, cancel.Token);
        ConformanceReport.Write(report, manifest, source.Commit, results);
        // A measurement, not a gate: the exit code does not depend on how many files match.
        return 0;
    }
}
