using System.Text.Json;
using ENamnd.Host.Tests.Infrastructure.Telemetry;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Infrastructure.Logging;

/// <summary><c>Serilog:Format=Json</c> writes the log file as compact JSON, one event per line, for log collectors.</summary>
public sealed class LogFormatTests
{
    [Fact]
    public async Task Should_WriteCompactJsonLines_When_TheFormatIsJson()
    {
        using var factory = new SettingsHostFactory(new Dictionary<string, string> { ["Serilog:Format"] = "json" });
        using var client = factory.CreateClient();
        await client.GetAsync("/health");
        var logs = Path.Combine(factory.DataDirectory, "logs");

        var lines = await Poll.UntilAsync(() => Task.FromResult(ReadLines(logs)), l => l.Any(line => line.Contains("Database ready", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(20), l => $"The log holds {l.Count} line(s): {string.Join(Environment.NewLine, l.Take(5))}");

        Assert.All(lines, line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("@t", out _), line);
            Assert.True(json.RootElement.TryGetProperty("@mt", out _), line);
        });
        Assert.Contains(lines, line => line.Contains("\"@mt\":\"Database ready ({Provider}); {Applied} migration(s) applied\"", StringComparison.Ordinal));
    }

    // The file is shared with the host's open sink, so it is read without locking it.
    private static List<string> ReadLines(string directory)
    {
        if (!Directory.Exists(directory)) return [];
        var lines = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            lines.AddRange(reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return lines;
    }
}
