using System.Net;
using System.Text.RegularExpressions;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;

namespace ENamnd.Host.Tests.Integration;

/// <summary>
/// The README's run command on a fresh machine: no connection string and no key, only a data
/// directory and a port. The host runs on SQLite, creates its files and prints a generated key that
/// the API accepts, and drives its three demo cases into their phases in the background.
/// </summary>
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed partial class EmbeddedDefaultTests : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("enamnd-data-").FullName;
    private readonly HostProcess host;

    public EmbeddedDefaultTests()
    {
        var options = new HostProcessOptions();
        options.Environment["Storage__DataDirectory"] = dataDirectory;
        options.Environment["Urls"] = $"http://127.0.0.1:{FreePort.Next()}";
        // Null removes a variable the test runner may have, so the host sees only the two above.
        options.Environment["ConnectionStrings__Postgres"] = null;
        options.Environment["Auth__CoordinatorApiKey"] = null;
        host = new HostProcess(options);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Should_ServeWithGeneratedKey_When_StartedWithOnlyDataDirectoryAndPort()
    {
        // A data directory left readable by others, as an older version or a hand-made copy may have left it.
        File.SetUnixFileMode(dataDirectory, (UnixFileMode)0b111_101_101);
        var earlier = Path.Combine(dataDirectory, "anteckning.txt");
        await File.WriteAllTextAsync(earlier, "från förr");
        File.SetUnixFileMode(earlier, (UnixFileMode)0b110_100_100);
        await host.StartAsync();

        using var anonymous = host.CreateClient(apiKey: null);
        using var health = await anonymous.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.True(File.Exists(Path.Combine(dataDirectory, "enamnd.db")), "enamnd.db is missing from the data directory.");
        Assert.True(Directory.Exists(Path.Combine(dataDirectory, "logs")) && Directory.EnumerateFiles(Path.Combine(dataDirectory, "logs"), "enamnd-*.log").Any(),
            "The data directory has no log file under logs/.");
        var keyFile = Path.Combine(dataDirectory, "coordinator-api-key");
        Assert.True(File.Exists(keyFile), "The generated key was not stored in the data directory.");
        var printed = PrintedKey().Match(host.Output);
        Assert.True(printed.Success, $"No key was printed. {IntegrationHost.Tail(host)}");
        var key = printed.Groups["key"].Value;
        Assert.Equal((await File.ReadAllTextAsync(keyFile)).Trim(), key);

        using var coordinator = host.CreateClient(key);
        using var wrongKey = host.CreateClient("not-the-coordinator-key-0123");
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("api/instances/finns-inte")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/instances/finns-inte")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync("api/instances/finns-inte")).StatusCode);
        using var api = new CoordinatorApi(host.CreateClient(key));
        await api.PublishAsync(TestWorkflows.EventThenLog("forsta-start"));
        var started = await api.StartAsync("forsta-start", "NBD-2026-1");
        Assert.Equal("Suspended", started.SubStatus);

        // The host served before the demo cases were driven; they reach their three phases in the background.
        var phases = await Poll.UntilAsync(async () => await DemoPhasesAsync(coordinator),
            p => p.Count == 3 && p.Distinct().Count() == 3,
            TimeSpan.FromMinutes(2), p => $"the demo cases are in {string.Join(", ", p)}. {IntegrationHost.Tail(host)}", TimeSpan.FromMilliseconds(500));
        Assert.Equal(["Förstudie", "Kvalificering av idé", "Utvecklingsprojekt"], phases.Order(StringComparer.Ordinal));

        // The database, its WAL, the logs, the mail with live task links and the keys: the owner's only, whatever the umask.
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(dataDirectory, "mail"), "*.eml"));
        var open = Directory.EnumerateFileSystemEntries(dataDirectory, "*", SearchOption.AllDirectories).Prepend(dataDirectory)
            .Select(path => (path, mode: File.GetUnixFileMode(path)))
            .Where(e => (e.mode & (UnixFileMode)0b000_111_111) != 0)
            .Select(e => $"{Path.GetRelativePath(dataDirectory, e.path)} {Convert.ToString((int)e.mode, 8)}").ToList();
        Assert.True(open.Count == 0, $"{open.Count} entries readable by others, e.g. {string.Join(", ", open.Take(5))}");
    }

    private static async Task<List<string>> DemoPhasesAsync(HttpClient coordinator)
    {
        var cases = System.Text.Json.Nodes.JsonNode.Parse(await coordinator.GetStringAsync("api/cases"))!.AsArray();
        return [.. cases.Select(c => (string?)c!["phase"] ?? "")];
    }

    [GeneratedRegex(@"^Nyckel: (?<key>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PrintedKey();
}
