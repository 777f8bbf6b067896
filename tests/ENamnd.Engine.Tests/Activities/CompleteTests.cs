using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class CompleteTests
{
    [Fact]
    public async Task Should_FinishWorkflowAndCancelOtherBranches_When_CompleteRuns()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var flow = new Flowchart()
            .Connect(start, new Delay(TimeSpan.FromDays(1)) { Id = "vanta" })
            .Connect(start, new Complete { Id = "klar", Outcomes = new Input<object?>("Godkänd") });

        var instance = await harness.RunAsync(new WorkflowBuilder("slutfor", "Slutför").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Contains("vanta", instance.IdsOf(Engine.Runtime.JournalEventType.Cancelled));
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }

    [Fact]
    public async Task Should_ContinueThroughDone_When_PlacedWorkflowCompletedItsOwnChildWithoutComplete()
    {
        // Elsa's "Complete activity must not cascade": an outcome of Complete ends only the workflow that ran it.
        var harness = new EngineHarness();
        await harness.DeployAsync(harness.Serializer.Parse(PlacedWorkflowJson.Sorter("Godkänd")));
        await harness.DeployAsync(harness.Serializer.Parse(JsonNode.Parse("""
            {
              "id": "mellan-v1", "definitionId": "mellan", "name": "Mellan", "version": 1, "isLatest": true, "isPublished": true,
              "options": { "usableAsActivity": true },
              "root": { "id": "Flowchart1", "type": "Elsa.Flowchart", "version": 1, "connections": [],
                "activities": [ { "id": "Sortera1", "type": "Sorterare", "version": 1, "workflowDefinitionId": "sorterare" } ] }
            }
            """)!.AsObject()));
        var middle = harness.Serializer.Parse(JsonNode.Parse("""
            { "root": { "id": "Mellan1", "type": "Mellan", "version": 1, "workflowDefinitionId": "mellan" } }
            """)!.AsObject()).Root;
        var flow = new Flowchart()
            .Connect(middle, new WriteLine("klar") { Id = "klar" })
            .Connect(middle, new WriteLine("godkänd") { Id = "godkand" }, "Godkänd");

        var instance = await harness.RunAsync(new WorkflowBuilder("testare", "Testare").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(["klar"], instance.Messages());
    }
}
