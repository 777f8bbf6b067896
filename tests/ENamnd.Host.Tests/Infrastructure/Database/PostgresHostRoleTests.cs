using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Host.Tests.Infrastructure.Security;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace ENamnd.Host.Tests.Infrastructure.Database;

/// <summary>
/// The hardened PostgreSQL set-up of the README: an owner role migrates, the host works as a role of its own that may only
/// insert into and read the evidence tables. The process still runs (a task is decided), while the host's role can neither
/// change, delete nor truncate evidence nor lift the triggers that guard it.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresHostRoleTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string RewriteWarning = "can rewrite evidence";

    private readonly string suffix = Guid.NewGuid().ToString("N")[..12];
    private readonly string password = Guid.NewGuid().ToString("N");
    private readonly List<TaskHostFactory> hosts = [];

    private string Owner => $"enamnd_owner_{suffix}";

    private string Worker => $"enamnd_host_{suffix}";

    public async Task InitializeAsync() => await ExecuteAsync(postgres.ConnectionString,
        $"CREATE ROLE {Owner} LOGIN PASSWORD '{password}'",
        $"CREATE ROLE {Worker} LOGIN PASSWORD '{password}'");

    public Task DisposeAsync()
    {
        foreach (var host in hosts) host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_DecideATaskButNotRewriteEvidence_When_TheHostWorksAsItsOwnRole()
    {
        var (owner, worker) = await CreateDatabaseAsync("roles");
        var host = Start(new TaskHostFactory { Postgres = worker, PostgresOwner = owner });

        var link = await TaskScenario.StartApprovalAsync(host);
        using var participant = host.CreateParticipantClient();
        var answer = await TaskScenario.PostFormAsync(participant, link, "Approved", comment: "Godkänt.");

        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        Assert.Single(await TaskScenario.DecisionsAsync(host, link.TaskId));
        Assert.True((bool)(await VerifyAsync(host))["intact"]!);
        foreach (var statement in new[]
        {
            "UPDATE decisions SET comment = 'Ändrad i efterhand.'",
            "DELETE FROM audit",
            "TRUNCATE decisions",
            "ALTER TABLE decisions DISABLE TRIGGER ALL",
            "DROP TRIGGER audit_no_delete ON audit",
            "DELETE FROM evidence_chain",
            "UPDATE evidence_chain SET chain_hash = content_hash",
            "DELETE FROM schema_migrations",
        })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(worker, statement));
            Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{statement}: {refused.SqlState} {refused.MessageText}");
        }
        Assert.DoesNotContain(RewriteWarning, host.LogText, StringComparison.Ordinal);
        Assert.Contains($"The host's database role \"{Worker}\" may insert into and read", host.LogText, StringComparison.Ordinal);
        Assert.True((bool)(await VerifyAsync(host))["intact"]!);
    }

    [Fact]
    public async Task Should_GrantTheHostRole_When_ALaterMigrationAddedATable()
    {
        var (owner, worker) = await CreateDatabaseAsync("regrant");
        Start(new TaskHostFactory { Postgres = worker, PostgresOwner = owner }).Dispose();
        await ExecuteAsync(owner, "CREATE TABLE later_table (id INTEGER NOT NULL PRIMARY KEY, note TEXT NULL)");

        Start(new TaskHostFactory { Postgres = worker, PostgresOwner = owner });

        await ExecuteAsync(worker, "INSERT INTO later_table (id) VALUES (1)", "UPDATE later_table SET note = 'ändrad'", "DELETE FROM later_table");
    }

    [Fact]
    public async Task Should_SignTheCoordinatorInAndOut_When_TheHostWorksAsItsOwnRole()
    {
        var (owner, worker) = await CreateDatabaseAsync("stamp");
        var host = Start(new TaskHostFactory { Postgres = worker, PostgresOwner = owner });
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookie = SecurityTestHost.CookieFrom(await client.SendAsync(SecurityTestHost.PostLogin(TaskHostFactory.ApiKey)));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(SecurityTestHost.Get("/api/cases", cookie: cookie))).StatusCode);
        var logout = new HttpRequestMessage(HttpMethod.Post, "/logout");
        logout.Headers.TryAddWithoutValidation("Cookie", cookie);

        // The working role inserted the stamp's row at the sign-in and updates it now.
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(logout)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(SecurityTestHost.Get("/api/cases", cookie: cookie))).StatusCode);
    }

    [Fact]
    public async Task Should_WarnAtStartUp_When_TheHostWorksAsTheOwner()
    {
        var (owner, _) = await CreateDatabaseAsync("owner", hangfireForWorker: false);

        var host = Start(new TaskHostFactory { Postgres = owner });

        Assert.Contains(RewriteWarning, host.LogText, StringComparison.Ordinal);
        Assert.Contains("decisions", host.LogText, StringComparison.Ordinal);
    }

    // The README's set-up as the superuser: a database the owner owns, and Hangfire's schema the host's role owns.
    private async Task<(string Owner, string Worker)> CreateDatabaseAsync(string prefix, bool hangfireForWorker = true)
    {
        var name = $"{prefix}_{suffix}";
        await ExecuteAsync(postgres.ConnectionString, $"CREATE DATABASE {name} OWNER {Owner}");
        var superuser = postgres.Server.ConnectionStringFor(name);
        if (hangfireForWorker) await ExecuteAsync(superuser, $"CREATE SCHEMA hangfire AUTHORIZATION {Worker}");
        return (As(superuser, Owner), As(superuser, Worker));
    }

    private string As(string connectionString, string role) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = role, Password = password }.ConnectionString;

    private TaskHostFactory Start(TaskHostFactory host)
    {
        hosts.Add(host);
        _ = host.Server;
        return host;
    }

    private static async Task<JsonObject> VerifyAsync(TaskHostFactory host)
    {
        using var coordinator = host.CreateCoordinatorClient();
        return (await coordinator.GetFromJsonAsync<JsonObject>("/api/audit/verify"))!;
    }

    private static async Task ExecuteAsync(string connectionString, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
