using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>
/// Migration 0036 takes each stored instance's name and incident count out of its state into columns, so the instance
/// list can search and filter by them in the database; run against each provider by a subclass.
/// </summary>
public abstract class InstanceListColumnsMigrationContract
{
    /// <summary>A migrated database of the provider under test.</summary>
    protected abstract Task<PersistenceHarness> StartAsync();

    [Fact]
    public async Task Should_FillNameAndIncidents_When_Migration36RunsOnInstancesStoredBefore()
    {
        await using var harness = await StartAsync();
        var definitionId = $"migrering-0036-{Guid.NewGuid():N}";
        var named = Instance(definitionId, "Förstudie Kiruna", incidents: 0);
        var faulted = Instance(definitionId, null, incidents: 2);
        await harness.State.CommitAsync(new WorkflowStep(named, [], [], [], []));
        await harness.State.CommitAsync(new WorkflowStep(faulted, [], [], [], []));
        var contexts = harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            // The table as it was before: no columns, the state the only place of name and incidents.
            await db.Database.ExecuteSqlRawAsync("DROP INDEX ix_instances_status_created_at");
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE instances DROP COLUMN name");
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE instances DROP COLUMN incident_count");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM schema_migrations WHERE version = 36");
        }

        var applied = await harness.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        var filter = new WorkflowInstanceFilter(DefinitionId: definitionId);
        var bySearch = await harness.State.Instances.PageAsync(filter with { SearchTerm = "kiruna" }, 0, 10);
        var withIncidents = await harness.State.Instances.PageAsync(filter with { HasIncidents = true }, 0, 10);

        Assert.Equal(1, applied);
        Assert.Equal(named.Id, Assert.Single(bySearch.Items).Id);
        Assert.Equal(faulted.Id, Assert.Single(withIncidents.Items).Id);
    }

    private static WorkflowInstance Instance(string definitionId, string? name, int incidents)
    {
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        return new WorkflowInstance
        {
            Id = $"instans-{Guid.NewGuid():N}",
            DefinitionId = definitionId,
            DefinitionVersionId = $"{definitionId}-v1",
            Version = 1,
            Name = name,
            Status = WorkflowStatus.Finished,
            SubStatus = incidents > 0 ? WorkflowSubStatus.Faulted : WorkflowSubStatus.Finished,
            Incidents = [.. Enumerable.Range(0, incidents).Select(i => new WorkflowIncident($"a{i}", $"Workflow1:a{i}", "Elsa.Fault", "fel", null, now))],
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
