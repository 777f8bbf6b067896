using ENamnd.Host;
using ENamnd.Host.Infrastructure.Database;
using ENamnd.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Benchmarks.Cases;

/// <summary>
/// The web host's services, wired by the host's own <c>AddENamndHost</c> on a database of the benchmark's, with
/// the schema migrated, the features seeded (the demo participants, so tasks have recipients) and the process
/// published as at a start. It never listens and starts no hosted service, so no scheduler or dispatcher runs
/// while the benchmark measures.
/// </summary>
public sealed class CaseHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly DirectoryInfo dataDirectory;

    private CaseHost(WebApplication app, DirectoryInfo dataDirectory)
    {
        this.app = app;
        this.dataDirectory = dataDirectory;
    }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Builds the host on PostgreSQL (<paramref name="postgres"/>) or, when null, on SQLite in a temporary data directory.</summary>
    public static async Task<CaseHost> StartAsync(string? postgres, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("enamnd-bench-cases-");
        var app = BenchmarkHost.Build(data, postgres, new Dictionary<string, string?>
        {
            ["Demo:SeedParticipants"] = "true",
            ["Demo:SeedMeetings"] = "false",
            ["Goals:SeedExamplePlan"] = "false",
        });
        try
        {
            if (!await app.PrepareDatabaseAsync()) throw new InvalidOperationException("The host could not prepare its database.");
            await app.SeedFeaturesAsync();
            await app.Services.GetRequiredService<CodeWorkflowInstaller>().InstallAsync(cancellationToken);
            return new CaseHost(app, data);
        }
        catch
        {
            await app.DisposeAsync();
            data.Delete(recursive: true);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        // SQLite keeps pooled connections; clear them so the file can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        dataDirectory.Delete(recursive: true);
    }
}
