using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class WorkflowDefinitionActivityTests
{
    [Fact]
    public async Task Should_RunPlacedWorkflowWithInputsAndTakeItsOutputs_When_ParentRuns()
    {
        var harness = new EngineHarness();
        await DeployAsync(harness, PlacedWorkflowJson.Greeter(1, "Hej", published: true));

        var parent = await RunAsync(harness, PlacedWorkflowJson.Parent("foralder", PlacedWorkflowJson.GreeterNode(1, "halsare-v1")));

        InstanceAssert.Finished(parent);
        Assert.Equal(["Hej Åsa / Hej Åsa"], parent.Messages());
        var child = Assert.Single(await harness.InstancesOfAsync(PlacedWorkflowJson.GreeterId));
        Assert.Equal("Åsa", (string?)child.Input["PersonName"]);
        Assert.Equal(parent.Id, child.Parent?.InstanceId);
        Assert.Equal("Hej Åsa", (string?)child.Output["Greeting"]);
    }

    [Fact]
    public async Task Should_KeepRunningPinnedVersion_When_NewerVersionIsPublished()
    {
        var harness = new EngineHarness();
        await DeployAsync(harness, PlacedWorkflowJson.Greeter(1, "Hej", published: false));
        await DeployAsync(harness, PlacedWorkflowJson.Greeter(2, "Hallå", published: true));

        var pinned = await RunAsync(harness, PlacedWorkflowJson.Parent("pa-v1", PlacedWorkflowJson.GreeterNode(1, "halsare-v1")));
        var byNumber = await RunAsync(harness, PlacedWorkflowJson.Parent("pa-nummer", PlacedWorkflowJson.GreeterNode(1, null)));
        var current = await RunAsync(harness, PlacedWorkflowJson.Parent("pa-v2", PlacedWorkflowJson.GreeterNode(2, "halsare-v2")));

        Assert.Equal(["Hej Åsa / Hej Åsa"], pinned.Messages());
        Assert.Equal(["Hej Åsa / Hej Åsa"], byNumber.Messages());
        Assert.Equal(["Hallå Åsa / Hallå Åsa"], current.Messages());
    }

    [Fact]
    public async Task Should_RunPublishedVersion_When_PinnedVersionNoLongerExists()
    {
        var harness = new EngineHarness();
        await DeployAsync(harness, PlacedWorkflowJson.Greeter(2, "Hallå", published: true));

        var parent = await RunAsync(harness, PlacedWorkflowJson.Parent("forsvunnen", PlacedWorkflowJson.GreeterNode(7, "borttagen-version")));

        Assert.Equal(["Hallå Åsa / Hallå Åsa"], parent.Messages());
    }

    [Fact]
    public async Task Should_ContinueThroughOutcomeOfComplete_When_PlacedWorkflowCompletesWithIt()
    {
        var harness = new EngineHarness();
        await DeployAsync(harness, PlacedWorkflowJson.Sorter("Avslagen"));
        var node = JsonNode.Parse("""{ "id": "Sortera1", "type": "Sorterare", "version": 1, "workflowDefinitionId": "sorterare" }""")!.AsObject();
        var definition = harness.Serializer.Parse(PlacedWorkflowJson.Parent("sortering", node));
        var flow = (Flowchart)definition.Root;
        flow.Activities.RemoveAll(a => a.Id == "WriteLine1");
        flow.Connections.Clear();
        var placed = flow.Activities.Single();
        flow.Connect(placed, new WriteLine("godkänd") { Id = "ja" }, "Godkänd").Connect(placed, new WriteLine("avslagen") { Id = "nej" }, "Avslagen");

        var parent = await harness.RunAsync(definition);

        InstanceAssert.Finished(parent);
        Assert.Equal(["avslagen"], parent.Messages());
    }

    [Fact]
    public async Task Should_FaultWithReason_When_PlacedWorkflowDoesNotExist()
    {
        var harness = new EngineHarness();

        var parent = await RunAsync(harness, PlacedWorkflowJson.Parent("utan-barn", PlacedWorkflowJson.GreeterNode(1, "halsare-v1")));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, parent);
        Assert.Contains("'halsare'", Assert.Single(parent.Incidents).Message);
    }

    [Fact]
    public void Should_WriteNodeAsRead_When_DefinitionIsSerializedAgain()
    {
        var harness = new EngineHarness();
        var node = PlacedWorkflowJson.GreeterNode(1, "halsare-v1");

        var written = harness.Serializer.Serialize(harness.Serializer.Parse(PlacedWorkflowJson.Parent("rundtur", node)))["root"]!["activities"]![0]!;

        var placed = Assert.IsType<WorkflowDefinitionActivity>(harness.Serializer.Parse(PlacedWorkflowJson.Parent("rundtur", node)).Root.Children.First());
        Assert.Equal("Halsare", placed.Type);
        foreach (var key in new[] { "type", "version", "workflowDefinitionId", "workflowDefinitionVersionId", "personName", "greeting" })
            Assert.True(JsonNode.DeepEquals(node[key], written[key]), key);
    }

    [Fact]
    public void Should_KeepTheWorkflowsVersion_When_ANodeNamesALaterVersionThanOne()
    {
        var harness = new EngineHarness();
        var node = PlacedWorkflowJson.GreeterNode(2, "halsare-v2");

        var parsed = harness.Serializer.Parse(PlacedWorkflowJson.Parent("version", node));
        var written = harness.Serializer.Serialize(parsed)["root"]!["activities"]![0]!;

        Assert.Equal(2, Assert.IsType<WorkflowDefinitionActivity>(parsed.Root.Children.First()).Version);
        Assert.Equal(2, (int)written["version"]!);
    }

    private static async Task DeployAsync(EngineHarness harness, JsonObject json) => await harness.DeployAsync(harness.Serializer.Parse(json));

    private static async Task<WorkflowInstance> RunAsync(EngineHarness harness, JsonObject json) => await harness.RunAsync(harness.Serializer.Parse(json));
}
