using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ENamnd.Persistence.Tests;

/// <summary>The host's connections keep the statements of a step prepared, unless the connection string says otherwise.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresPreparedStatementsTests(PostgresFixture postgres)
{
    private const string Server = "Host=127.0.0.1;Port=5432;Username=enamnd;Database=enamnd";

    [Fact]
    public async Task Should_PrepareTheLockAndRead_When_StepsRunOnOneConnection()
    {
        await using var harness = await PersistenceHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("prepared")));
        var sessions = harness.Services.GetRequiredService<IWorkflowStepSessions>();
        // One at a time, so the pool hands out the same connection each time.
        for (var i = 0; i < 8; i++)
        {
            await using var session = await sessions.OpenAsync("instans-1", load: true);
        }

        await using var connection = await harness.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var prepared = new NpgsqlCommand("SELECT statement FROM pg_prepared_statements", connection);
        var statements = new List<string>();
        await using (var reader = await prepared.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) statements.Add(reader.GetString(0));
        }
        Assert.Contains(statements, s => s.Contains("pg_advisory_xact_lock", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.StartsWith("SELECT state_json FROM instances", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_ReuseThePreparedUpsert_When_OptionalColumnsAreNullInSomeSteps()
    {
        const int steps = 20;
        await using var harness = await PersistenceHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("prepared_nulls")));
        var sessions = harness.Services.GetRequiredService<IWorkflowStepSessions>();
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < steps; i++)
        {
            // Every other step a finished instance with a correlation id, the others waiting without one.
            var finished = i % 2 == 0;
            var instance = new WorkflowInstance
            {
                Id = $"instans-{i}",
                DefinitionId = "godkannande",
                DefinitionVersionId = "godkannande-v1",
                Version = 1,
                CorrelationId = finished ? $"arende-{i}" : null,
                Status = finished ? WorkflowStatus.Finished : WorkflowStatus.Running,
                SubStatus = finished ? WorkflowSubStatus.Finished : WorkflowSubStatus.Suspended,
                Variables = new JsonObject(),
                CreatedAt = at,
                UpdatedAt = at,
                FinishedAt = finished ? at : null,
            };
            await using var session = await sessions.OpenAsync(instance.Id, load: false);
            await session.CommitAsync(new WorkflowStep(instance, [], [], [], []));
        }

        await using var connection = await harness.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var prepared = new NpgsqlCommand(
            "SELECT COALESCE(SUM(generic_plans + custom_plans), 0) FROM pg_prepared_statements WHERE statement LIKE 'INSERT INTO instances %'", connection);
        // Prepared after a few uses, it then serves every step, whichever columns are null.
        Assert.True(Convert.ToInt64(await prepared.ExecuteScalarAsync()) >= steps - 6);
    }

    [Theory]
    [InlineData(Server, PersistenceExtensions.DefaultMaxAutoPrepare)]
    [InlineData(Server + ";Max Auto Prepare=0", 0)]
    [InlineData(Server + ";max auto prepare=10", 10)]
    public void Should_PrepareUpToTheDefault_When_ConnectionStringNamesNoLimit(string connectionString, int expected)
    {
        using var dataSource = PersistenceExtensions.DataSourceOf(connectionString);
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxAutoPrepare);
    }
}
