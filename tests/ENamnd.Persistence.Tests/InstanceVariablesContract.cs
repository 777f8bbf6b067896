using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests;

/// <summary>
/// <see cref="InstanceVariables"/> on every database: the status and variables it reads for a definition's
/// instances are those of the whole stored state, and instances of other definitions are left out.
/// </summary>
public abstract class InstanceVariablesContract : IAsyncLifetime
{
    private PersistenceHarness harness = null!;

    /// <summary>The database the test runs on.</summary>
    protected abstract Task<DatabaseSettings> DatabaseAsync();

    public async Task InitializeAsync() => harness = await PersistenceHarness.StartAsync(await DatabaseAsync());

    public virtual async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Should_ReadTheVariablesAndStatusOfTheWholeState_When_InstancesOfADefinitionAreListed()
    {
        var running = Instance("i1", "main", WorkflowStatus.Running, WorkflowSubStatus.Suspended, new JsonObject
        {
            ["fas"] = "Förstudie", ["deltagare"] = new JsonArray("2582", "2580"), ["utfall"] = null,
            ["budgetar"] = new JsonObject { ["Forstudie"] = 300_000.5m }, ["citat"] = "\"Ja\" – sa hon\n",
        });
        var finished = Instance("i2", "main", WorkflowStatus.Finished, WorkflowSubStatus.Cancelled, []);
        var other = Instance("i3", "phase", WorkflowStatus.Running, WorkflowSubStatus.Executing, new JsonObject { ["fas"] = "x" });
        foreach (var instance in new[] { running, finished, other })
            await harness.State.Committer.CommitAsync(new WorkflowStep(instance, [], [], [], []));

        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        var read = await InstanceVariables.ListAsync(db, "main", CancellationToken.None);

        Assert.Equal(["i1", "i2"], read.Keys.Order());
        foreach (var id in read.Keys)
        {
            var whole = (await harness.State.Instances.FindAsync(id))!;
            Assert.Equal((whole.Status, whole.SubStatus), (read[id].Status, read[id].SubStatus));
            Assert.True(JsonNode.DeepEquals(whole.Variables, read[id].Variables), $"{id}: {read[id].Variables.ToJsonString()} is not {whole.Variables.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Should_ReadNothing_When_TheDefinitionHasNoInstances()
    {
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();

        Assert.Empty(await InstanceVariables.ListAsync(db, "main", CancellationToken.None));
    }

    private static WorkflowInstance Instance(string id, string definitionId, WorkflowStatus status, WorkflowSubStatus subStatus, JsonObject variables) => new()
    {
        Id = id, DefinitionId = definitionId, DefinitionVersionId = $"{definitionId}:1", Version = 1, Status = status, SubStatus = subStatus,
        Variables = variables, CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
        Journal = [new JournalEntry { Sequence = 1, ActivityId = "a", NodeId = "a", ActivityType = "Elsa.WriteLine", Message = "ett långt steg" }],
    };
}
