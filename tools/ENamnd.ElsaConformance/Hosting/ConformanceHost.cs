using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.ElsaConformance.Hosting;

/// <summary>
/// The real ENamnd host in memory (the same wiring as <c>dotnet run</c>), on a data directory of its own that is
/// removed on dispose, with a known coordinator key, C# turned on, a <see cref="TickingClock"/>, no demo cases, no recurring
/// sweeps and only fatal log lines (so standard output stays the report's).
/// </summary>
public sealed class ConformanceHost : WebApplicationFactory<Program>, IConformanceHost
{
    /// <summary>The coordinator key the host accepts.</summary>
    public const string ApiKey = "elsa-conformance-coordinator-key-0123456789";

    private const string Never = "0 0 1 1 *";
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("enamnd-elsa-conformance-").FullName;
    private HttpClient? client;

    /// <inheritdoc />
    public HttpClient Client => client ??= CreateCoordinatorClient();

    /// <inheritdoc />
    public async Task ResumeAsync(string bookmarkId, JsonObject? input, CancellationToken cancellationToken) =>
        await Services.GetRequiredService<IWorkflowRuntime>().ResumeAsync(bookmarkId, input?.DeepClone().AsObject(), cancellationToken);

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        builder.UseSetting("Auth:CoordinatorApiKey", ApiKey);
        builder.UseSetting("Demo:SeedCases", "false");
        builder.UseSetting("Host:PublicBaseUrl", "https://enamnd.example.org");
        builder.UseSetting("Scheduling:DueBookmarkSweepCron", Never);
        builder.UseSetting("Scheduling:OutboxDispatcherCron", Never);
        builder.UseSetting("Scheduling:EvidenceSealCron", Never);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
        // Elsa's tests use C# expressions and RunCSharp, which a host runs only when its administrator turns C# on.
        builder.UseSetting("Engine:Expressions:CSharp:Enabled", "true");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new TickingClock(TickingClock.DefaultStart)));
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        client?.Dispose();
        await base.DisposeAsync();
        // SQLite keeps pooled connections; clear them so the data directory can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
    }

    private HttpClient CreateCoordinatorClient()
    {
        var created = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        created.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", ApiKey);
        return created;
    }
}
