using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>
/// Migration 0029 rewrites stored definitions that name the flowchart decision <c>Elsa.Decision</c> to Elsa's
/// <c>Elsa.FlowDecision</c>, and touches nothing else; run against each provider by a subclass.
/// </summary>
public abstract class FlowDecisionMigrationContract
{
    /// <summary>A migrated database of the provider under test.</summary>
    protected abstract Task<PersistenceHarness> StartAsync();

    [Fact]
    public async Task Should_RewriteElsaDecisionToFlowDecision_When_Migration29Runs()
    {
        await using var harness = await StartAsync();
        var decision = new FlowDecision { Id = "beslut", Condition = new Input<bool>(true) };
        var note = new WriteLine("\"type\":\"Elsa.Decision\" är en text, ingen aktivitet") { Id = "not" };
        var definition = new WorkflowBuilder("migrering-0029", "Migrering 0029").Build(new Flowchart().Connect(decision, note, "True"));
        await harness.Definitions.SaveAsync(definition);
        var contexts = harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            // The row as an engine before the rename stored it, and migration 0029 not yet applied.
            await db.Database.ExecuteSqlRawAsync("UPDATE definitions SET json = replace(json, '\"type\":\"Elsa.FlowDecision\"', '\"type\":\"Elsa.Decision\"')");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM schema_migrations WHERE version = 29");
            Assert.Contains("\"type\":\"Elsa.Decision\"", await JsonOfAsync(db, definition.Id));
        }

        var applied = await harness.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);

        Assert.Equal(1, applied);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var json = await JsonOfAsync(db, definition.Id);
            Assert.Contains("\"type\":\"Elsa.FlowDecision\"", json);
            Assert.DoesNotContain("\"type\":\"Elsa.Decision\"", json);
        }
        var stored = await harness.Definitions.FindByIdAsync(definition.Id);
        var activities = ((Flowchart)stored!.Root).Activities;
        Assert.IsType<FlowDecision>(activities.Single(a => a.Id == "beslut"));
        Assert.Equal(note.Text.Expression, Assert.IsType<WriteLine>(activities.Single(a => a.Id == "not")).Text.Expression);
    }

    private static async Task<string> JsonOfAsync(ENamndDbContext db, string id) =>
        (await db.Definitions.AsNoTracking().SingleAsync(d => d.Id == id)).Json;
}
