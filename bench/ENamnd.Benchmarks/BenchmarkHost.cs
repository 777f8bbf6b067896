using ENamnd.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace ENamnd.Benchmarks;

/// <summary>The host's own wiring (<c>AddENamndHost</c>) for a benchmark: a temporary data directory, fixed secrets, errors only in the log.</summary>
public static class BenchmarkHost
{
    /// <summary>
    /// A built host on PostgreSQL (<paramref name="postgres"/>) or, when null, on SQLite in <paramref name="data"/>, with
    /// <paramref name="settings"/> on top. Named as the host, so it finds the static assets manifest the build copied here.
    /// </summary>
    public static WebApplication Build(DirectoryInfo data, string? postgres, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(HostRunner).Assembly.GetName().Name,
            ContentRootPath = data.FullName,
            EnvironmentName = "Production",
        });
        var all = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = data.FullName,
            ["ConnectionStrings:Postgres"] = postgres ?? "",
            ["Auth:CoordinatorApiKey"] = "benchmark-coordinator-key-0123456789",
            ["Tasks:TokenSecret"] = "benchmark-task-token-secret-0123456789abcdef",
            // The report goes to standard output, where the host's console log would go too.
            ["Serilog:MinimumLevel:Default"] = "Error",
        };
        foreach (var (key, value) in settings) all[key] = value;
        builder.Configuration.AddInMemoryCollection(all);
        builder.AddENamndHost();
        return builder.Build();
    }
}
