using System.Net;
using ENamnd.Activities.Tasks;
using ENamnd.Host.Infrastructure.Backup;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Persistence;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ENamnd.Host.Tests.Infrastructure.Backup;

/// <summary>On PostgreSQL, the README's backup (pg_dump while the host runs, the data directory's secrets with the backup command) restores into a fresh database and data directory with the same decisions and open tasks.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresBackupRestoreTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Should_ShowTheSameDecisionsAndOpenTasks_When_ADumpIsRestoredIntoAFreshDatabase()
    {
        using var source = new TaskHostFactory { Postgres = await postgres.CreateDatabaseAsync("backup") };
        var decided = await TaskScenario.StartApprovalAsync(source);
        using (var participant = source.CreateParticipantClient())
            Assert.Equal(HttpStatusCode.SeeOther, (await TaskScenario.PostFormAsync(participant, decided, "Approved", comment: "Bra underlag.")).StatusCode);
        var open = await TaskScenario.StartApprovalAsync(source);
        var dump = Path.Combine(source.DataDirectory, "..", $"enamnd-{Guid.NewGuid():N}.pgdump");
        var restoredDatabase = await postgres.CreateDatabaseAsync("restored");

        await PgAsync("pg_dump", source.Services.GetRequiredService<DatabaseSettings>().ConnectionString, ["--format=custom", "--no-owner", $"--file={dump}"]);
        await PgAsync("pg_restore", restoredDatabase, ["--no-owner", "--exit-on-error", dump]);
        using var restored = new TaskHostFactory { Postgres = restoredDatabase };
        DataDirectoryBackup.Create(source.DataDirectory, source.Services.GetRequiredService<DatabaseSettings>(), restored.DataDirectory);
        File.Delete(dump);

        var decision = Assert.Single(await TaskScenario.DecisionsAsync(restored, decided.TaskId));
        Assert.Equal("Bra underlag.", decision.Comment);
        Assert.Equal(HumanTaskStatus.Open, (await TaskScenario.TaskAsync(restored, open.TaskId)).Status);
        using var participantAfter = restored.CreateParticipantClient();
        Assert.Equal(HttpStatusCode.OK, (await participantAfter.GetAsync(open.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await TaskScenario.PostFormAsync(participantAfter, open, "Approved")).StatusCode);
    }

    // The tool with the connection as libpq reads it (the password from the environment, as the README shows).
    private async Task PgAsync(string tool, string connectionString, IEnumerable<string> arguments)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var result = await ExternalCommand.RunAsync(
            Path.Combine(postgres.Server.BinDirectory, tool),
            [.. arguments, $"--host={connection.Host}", $"--port={connection.Port}", $"--username={connection.Username}", $"--dbname={connection.Database}"],
            environment: new Dictionary<string, string?> { ["PGPASSWORD"] = connection.Password });
        Assert.True(result.Succeeded, $"{tool} failed: {result.Output}");
    }
}
