using System.Net;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Integration;

/// <summary>/health reports the database: 503 while PostgreSQL is down under a running host, 200 again once it is back.</summary>
[Trait(TestCategories.Key, TestCategories.Postgres)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class PostgresHealthTests : IAsyncLifetime
{
    private PostgresServer? server;
    private HostProcess? host;

    // A server of its own: stopping the shared one would break the other tests.
    public async Task InitializeAsync()
    {
        server = await PostgresServer.StartAsync();
        host = IntegrationHost.Create(await server.CreateUniqueDatabaseAsync("health"), fastSweeps: false);
    }

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
        if (server is not null) await server.DisposeAsync();
    }

    [Fact]
    public async Task Should_AnswerUnavailable_When_DatabaseStopsUnderRunningHost()
    {
        await host!.StartAsync();
        using var client = host.CreateClient(apiKey: null);
        client.Timeout = TimeSpan.FromSeconds(20);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));

        await PostgresServerControl.StopAsync(server!);

        await Poll.UntilAsync(() => StatusAsync(client), s => s == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30),
            s => $"/health answered {(int)s} with the database stopped. {IntegrationHost.Tail(host)}");
        Assert.True(host.IsRunning, $"The host exited when the database went away. {IntegrationHost.Tail(host)}");

        await PostgresServerControl.StartAsync(server!);

        await Poll.UntilAsync(() => StatusAsync(client), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30),
            s => $"/health answered {(int)s} after the database came back. {IntegrationHost.Tail(host)}");
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync("health");
        return response.StatusCode;
    }
}
