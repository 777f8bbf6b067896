using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ENamnd.Host.Tests;

/// <summary>The test host with demo seeding switched off, so participant tests see only the people they create.</summary>
public sealed class UnseededHostFactory : IDisposable
{
    private readonly TestHostFactory root = new();

    /// <summary>Starts (lazily) a host without demo people.</summary>
    public UnseededHostFactory() => Host = Start();

    /// <summary>The host.</summary>
    public WebApplicationFactory<Program> Host { get; private set; }

    /// <summary>The data directory the host uses.</summary>
    public string DataDirectory => root.DataDirectory;

    /// <summary>A client that sends the coordinator key.</summary>
    public HttpClient CreateCoordinatorClient()
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", TestHostFactory.ApiKey);
        return client;
    }

    /// <summary>Stops the host and starts a new one on the same data directory, as after a restart.</summary>
    public void Restart()
    {
        Host.Dispose();
        Host = Start();
    }

    /// <inheritdoc />
    public void Dispose() => root.Dispose();

    private WebApplicationFactory<Program> Start() => root.WithWebHostBuilder(b => b.UseSetting("Demo:SeedParticipants", "false"));
}
