using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ENamnd.Host.Tests;

/// <summary>The real host in memory, on its own SQLite data directory, with a known coordinator key.</summary>
public sealed class TestHostFactory : WebApplicationFactory<Program>
{
    /// <summary>The coordinator key the host accepts.</summary>
    public const string ApiKey = "test-coordinator-key-0123456789";

    /// <summary>The host's data directory, removed on dispose.</summary>
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("enamnd-host-").FullName;

    /// <summary>A client that sends the coordinator key.</summary>
    public HttpClient CreateCoordinatorClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", ApiKey);
        return client;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Auth:CoordinatorApiKey", ApiKey);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}
