using System.Net;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace ENamnd.Host.Tests.Infrastructure.Security;

/// <summary>On PostgreSQL the data-protection keys live in the database: a coordinator's cookie from one host is good on another host of the same database.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresDataProtectionKeysTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Should_AcceptHostAsCookieOnHostB_When_BothShareTheDatabase()
    {
        var database = await postgres.CreateDatabaseAsync("dpkeys");
        using var hostA = new TaskHostFactory { Postgres = database };
        using var clientA = Client(hostA);
        var cookie = SecurityTestHost.CookieFrom(await clientA.SendAsync(SecurityTestHost.PostLogin(TaskHostFactory.ApiKey)));
        Assert.NotNull(cookie);
        using var hostB = new TaskHostFactory { Postgres = database };
        // No file is copied: the keys and the session stamp are both in the database.
        using var clientB = Client(hostB);

        var response = await clientB.SendAsync(SecurityTestHost.Get("/api/cases", cookie: cookie));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(hostA.DataDirectory, DataProtectionKeyStorage.FolderName)), "The keys are not in the data directory.");
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM data_protection_keys", connection);
        Assert.True((long)(await count.ExecuteScalarAsync())! >= 1);
        Assert.DoesNotContain("No XML encryptor configured", hostA.LogText + hostB.LogText, StringComparison.Ordinal);
        Assert.DoesNotContain("null encryptor", hostA.LogText + hostB.LogText, StringComparison.Ordinal);
    }

    private static HttpClient Client(TaskHostFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
}
