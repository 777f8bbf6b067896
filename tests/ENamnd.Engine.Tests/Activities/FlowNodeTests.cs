using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class FlowNodeTests
{
    [Fact]
    public async Task Should_RunBodyThenContinue_When_NodeHasBody()
    {
        var harness = new EngineHarness();
        var node = new FlowNode { Id = "node", Body = new Sequence(new WriteLine("i"), new WriteLine("behållaren")) };
        var flow = new Flowchart().Connect(new Start(), node).Connect(node, new WriteLine("efter"));

        var instance = await harness.RunAsync(new WorkflowBuilder("behallare", "Behållare").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(["i", "behållaren", "efter"], instance.Messages());
    }

    [Fact]
    public async Task Should_PassThrough_When_NodeHasNoBody()
    {
        var harness = new EngineHarness();
        var node = new FlowNode { Id = "node" };
        var flow = new Flowchart().Connect(new Start(), node).Connect(node, new WriteLine("efter"));

        var instance = await harness.RunAsync(new WorkflowBuilder("tom-behallare", "Tom behållare").Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal(["efter"], instance.Messages());
    }

    [Fact]
    public void Should_ReadAndWriteBody_When_JsonHasOne()
    {
        var harness = new EngineHarness();
        var json = """
            { "definitionId": "kropp", "root": { "id": "fc", "type": "Elsa.Flowchart", "version": 1, "activities": [
              { "id": "node", "type": "Elsa.FlowNode", "version": 1, "body": { "id": "inner", "type": "Elsa.WriteLine", "version": 1, "text": "hej" } } ] } }
            """;

        var definition = harness.Serializer.Parse(json);

        var node = Assert.IsType<FlowNode>(((Flowchart)definition.Root).Activities[0]);
        Assert.Equal("Workflow1:fc:node:inner", Assert.IsType<WriteLine>(node.Body).NodeId);
        var written = harness.Serializer.Serialize(definition)["root"]!["activities"]![0]!["body"]!;
        Assert.Equal("inner", (string?)written["id"]);
        Assert.Equal("hej", (string?)written["text"]);
        Assert.Null(harness.Serializer.Serialize(new WorkflowBuilder("x", "x").Build(new FlowNode()))["root"]!["body"]);
        Assert.True(harness.Serializer.Serialize(new WorkflowBuilder("x", "x").Build(new FlowNode()))["root"]!.AsObject().ContainsKey("body"));
    }
}
