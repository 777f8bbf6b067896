using System.Net;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ENamnd.Host.Tests.Infrastructure.Security;

/// <summary>
/// On PostgreSQL the coordinator's session stamp lives in the database: hosts of one database accept each other's
/// cookies without sharing a file, a sign-out on one ends the sessions on all, and an upgraded host keeps its file's stamp.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresSessionStampTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Should_RefuseTheCookieOnHostB_When_TheCoordinatorSignedOutOnHostA()
    {
        var database = await postgres.CreateDatabaseAsync("stamp");
        using var hostA = new TaskHostFactory { Postgres = database };
        using var hostB = new TaskHostFactory { Postgres = database };
        using var clientA = Client(hostA);
        using var clientB = Client(hostB);
        var cookie = SecurityTestHost.CookieFrom(await clientA.SendAsync(SecurityTestHost.PostLogin(TaskHostFactory.ApiKey)));
        Assert.Equal(HttpStatusCode.OK, (await clientB.SendAsync(SecurityTestHost.Get("/api/cases", cookie: cookie))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await clientA.SendAsync(Logout(cookie))).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await clientA.SendAsync(SecurityTestHost.Get("/api/cases", cookie: cookie))).StatusCode);
        await Poll.UntilAsync(
            async () => (await clientB.SendAsync(SecurityTestHost.Get("/api/cases", cookie: cookie))).StatusCode,
            status => status == HttpStatusCode.Unauthorized,
            CoordinatorSessionStamp.CacheTime * 6,
            status => $"host B still answers {status} to the signed-out cookie");
        var again = SecurityTestHost.CookieFrom(await clientA.SendAsync(SecurityTestHost.PostLogin(TaskHostFactory.ApiKey)));
        Assert.Equal(HttpStatusCode.OK, (await clientB.SendAsync(SecurityTestHost.Get("/api/cases", cookie: again))).StatusCode);
        Assert.False(File.Exists(Path.Combine(hostA.DataDirectory, FileSessionStampStore.FileName)), "The stamp is not in the data directory.");
    }

    [Fact]
    public async Task Should_AgreeOnOneStamp_When_TwoHostsStartAtOnce()
    {
        var database = await postgres.CreateDatabaseAsync("stamprace");
        using var hostA = new TaskHostFactory { Postgres = database };
        using var hostB = new TaskHostFactory { Postgres = database };
        await Task.WhenAll(Task.Run(() => hostA.Server), Task.Run(() => hostB.Server));
        using var clientA = Client(hostA);
        using var clientB = Client(hostB);

        var logins = await Task.WhenAll(
            clientA.SendAsync(SecurityTestHost.PostLogin(TaskHostFactory.ApiKey)),
            clientB.SendAsync(SecurityTestHost.PostLogin(TaskHostFactory.ApiKey)));

        Assert.Equal(HttpStatusCode.OK, (await clientB.SendAsync(SecurityTestHost.Get("/api/cases", cookie: SecurityTestHost.CookieFrom(logins[0])))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clientA.SendAsync(SecurityTestHost.Get("/api/cases", cookie: SecurityTestHost.CookieFrom(logins[1])))).StatusCode);
        var stored = Assert.Single(await StampsAsync(database));
        Assert.Equal(stored, await Stamp(hostA).CurrentAsync(CancellationToken.None));
        Assert.Equal(stored, await Stamp(hostB).CurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Should_KeepTheFilesStamp_When_AHostThatKeptItInTheDataDirectoryIsUpgraded()
    {
        var database = await postgres.CreateDatabaseAsync("stampfile");
        string? cookie;
        string stamp;
        using (var before = new TaskHostFactory { Postgres = database })
        {
            using var client = Client(before);
            cookie = SecurityTestHost.CookieFrom(await client.SendAsync(SecurityTestHost.PostLogin(TaskHostFactory.ApiKey)));
            stamp = await Stamp(before).CurrentAsync(CancellationToken.None);
        }
        // As before this version: the stamp in the data directory, none in the database.
        await ExecuteAsync(database, "DELETE FROM coordinator_session_stamp");
        using var upgraded = new TaskHostFactory { Postgres = database };
        var file = Path.Combine(upgraded.DataDirectory, FileSessionStampStore.FileName);
        await File.WriteAllTextAsync(file, stamp + "\n");
        using var again = Client(upgraded);

        var response = await again.SendAsync(SecurityTestHost.Get("/api/cases", cookie: cookie));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([stamp], await StampsAsync(database));
        Assert.False(File.Exists(file), "The file is removed once the database holds the stamp.");
    }

    private static CoordinatorSessionStamp Stamp(TaskHostFactory host) => host.Services.GetRequiredService<CoordinatorSessionStamp>();

    private static HttpRequestMessage Logout(string? cookie)
    {
        var logout = new HttpRequestMessage(HttpMethod.Post, "/logout");
        logout.Headers.TryAddWithoutValidation("Cookie", cookie);
        return logout;
    }

    private static async Task<List<string>> StampsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT stamp FROM coordinator_session_stamp", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var stamps = new List<string>();
        while (await reader.ReadAsync()) stamps.Add(reader.GetString(0));
        return stamps;
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // Cookies are passed by hand, as another browser would.
    private static HttpClient Client(TaskHostFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
}
