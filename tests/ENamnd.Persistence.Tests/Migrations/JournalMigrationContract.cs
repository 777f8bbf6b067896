using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>
/// Migration 0033 moves the journal out of the instance state into the journal table alone: the table's rows get the
/// fields only the state had, entries only the state had are inserted, the state keeps a counter instead; run against
/// each provider by a subclass, on an instance put back into the shape the host stored before.
/// </summary>
public abstract class JournalMigrationContract
{
    private static readonly string[] DropNewColumns =
    [
        "ALTER TABLE journal DROP COLUMN activity_name", "ALTER TABLE journal DROP COLUMN activity_context_id", "ALTER TABLE journal DROP COLUMN payload",
        "ALTER TABLE journal DROP COLUMN activity_state", "ALTER TABLE journal DROP COLUMN outputs",
    ];

    /// <summary>A migrated database of the provider under test.</summary>
    protected abstract Task<PersistenceHarness> StartAsync();

    [Fact]
    public async Task Should_MoveTheJournalOutOfTheState_When_Migration33RunsOnAnInstanceOfTheOldShape()
    {
        await using var harness = await StartAsync();
        var runtime = harness.Services.GetRequiredService<IWorkflowRuntime>();
        var definition = new WorkflowBuilder($"migrering-0033-{Guid.NewGuid():N}", "Migrering 0033")
            .Build(new Sequence(new WriteLine("före") { Name = "Skriv före" }, new Event("AvtalTecknat"), new WriteLine("efter")));
        await harness.Definitions.SaveAsync(definition);
        var id = (await runtime.StartAsync(new StartWorkflowRequest(definition.DefinitionId))).Instance.Id;
        var stored = await harness.State.Instances.JournalAsync(id);
        // What the state held before: every entry, one of them with an activity's inputs and outputs.
        List<JournalEntry> expected = [.. stored.Select(e => e.EventType == JournalEventType.Completed && e.ActivityName == "Skriv före"
            ? e with { ActivityState = new JsonObject { ["Text"] = "före" }, Outputs = new JsonObject { ["Result"] = 1 } }
            : e)];
        Assert.Contains(expected, e => e.Outputs is not null);
        Assert.Contains(expected, e => e.Payload is not null);
        await WriteOldShapeAsync(harness, id, expected);

        var applied = await harness.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);

        Assert.Equal(1, applied);
        var journal = await harness.State.Instances.JournalAsync(id);
        Assert.Equal(expected.Count, journal.Count);
        // By value: PostgreSQL's jsonb, which the migration reads the state with, orders an object's keys its own way.
        foreach (var (want, got) in expected.Zip(journal))
            Assert.True(JsonNode.DeepEquals(Json(want), Json(got)), $"expected {Json(want)}{Environment.NewLine}actual   {Json(got)}");
        var state = JsonNode.Parse(await harness.StateJsonAsync(id))!.AsObject();
        Assert.False(state.ContainsKey("journal"));
        Assert.Equal(expected.Count, (long?)state["lastJournalSequence"]);

        // The instance carries on where its journal ended.
        var bookmark = Assert.Single(await harness.State.Bookmarks.ListByInstanceAsync(id));
        var resumed = await runtime.ResumeAsync(bookmark.Id);
        Assert.Equal(WorkflowSubStatus.Finished, resumed.Instance!.SubStatus);
        var after = await harness.State.Instances.JournalAsync(id);
        Assert.Equal(Enumerable.Range(1, after.Count).Select(i => (long)i), after.Select(e => e.Sequence));
        Assert.Equal(["före", "efter"], after.Where(e => e.EventType == JournalEventType.Log).Select(e => e.Message));
    }

    // The schema and rows as before migration 0033: the journal inside the state and no counter, journal rows without
    // the new columns and with comma-separated outcomes, and the last entry only in the state.
    private static async Task WriteOldShapeAsync(PersistenceHarness harness, string id, IReadOnlyList<JournalEntry> journal)
    {
        var state = JsonNode.Parse(await harness.StateJsonAsync(id))!.AsObject();
        state.Remove("lastJournalSequence");
        state["journal"] = JsonSerializer.SerializeToNode(journal, ValueConverter.JsonOptions);
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        foreach (var drop in DropNewColumns) await db.Database.ExecuteSqlRawAsync(drop);
        await db.Database.ExecuteSqlRawAsync("UPDATE instances SET state_json = {0} WHERE id = {1}", state.ToJsonString(ValueConverter.JsonOptions), id);
        foreach (var entry in journal.Where(e => e.Outcomes is not null))
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE journal SET outcomes = {0} WHERE instance_id = {1} AND sequence = {2}",
                string.Join(",", entry.Outcomes!), id, entry.Sequence);
        }
        await db.Database.ExecuteSqlRawAsync("DELETE FROM journal WHERE instance_id = {0} AND sequence = {1}", id, journal[^1].Sequence);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM schema_migrations WHERE version = 33");
    }

    private static JsonNode? Json(JournalEntry entry) => JsonSerializer.SerializeToNode(entry, ValueConverter.JsonOptions);
}
