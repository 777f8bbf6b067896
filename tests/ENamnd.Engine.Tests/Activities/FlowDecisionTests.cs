using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class FlowDecisionTests
{
    [Theory]
    [InlineData(150, "stort belopp", "True")]
    [InlineData(50, "litet belopp", "False")]
    public async Task Should_ContinueThroughMatchingPort_When_ConditionIsEvaluated(int amount, string expectedMessage, string expectedOutcome)
    {
        var harness = new EngineHarness();
        var start = new Start();
        var decision = new FlowDecision { Id = "decision", Condition = new Input<bool>(Expression.JavaScript("variables.Amount > 100")) };
        var flow = new Flowchart()
            .Connect(start, decision)
            .Connect(decision, new WriteLine("stort belopp"), "True")
            .Connect(decision, new WriteLine("litet belopp"), "False");

        var instance = await harness.RunAsync(new WorkflowBuilder("beslut", "Beslut").WithVariable("Amount", amount).Build(flow));

        InstanceAssert.Finished(instance);
        Assert.Equal([expectedMessage], instance.Messages());
        var completed = Assert.Single(instance.Journal, e => e.ActivityId == "decision" && e.EventType == JournalEventType.Completed);
        Assert.Equal([expectedOutcome], completed.Outcomes!);
    }

    [Fact]
    public async Task Should_ReadAsFlowDecisionAndWriteElsaName_When_DefinitionSaysElsaDecision()
    {
        var harness = new EngineHarness();
        var json = """
            { "definitionId": "gammalt-beslut", "isPublished": true,
              "root": { "id": "fc", "type": "Elsa.Flowchart", "version": 1,
                "activities": [
                  { "id": "d", "type": "Elsa.Decision", "version": 1, "condition": { "typeName": "Boolean", "expression": { "type": "JavaScript", "value": "1 > 0" } } },
                  { "id": "ja", "type": "Elsa.WriteLine", "version": 1, "text": "ja" } ],
                "connections": [ { "source": { "activity": "d", "port": "True" }, "target": { "activity": "ja", "port": "In" } } ] } }
            """;

        var definition = harness.Serializer.Parse(json);

        var decision = Assert.IsType<FlowDecision>(((Flowchart)definition.Root).Activities[0]);
        Assert.Equal("Elsa.FlowDecision", (string?)harness.Serializer.Serialize(definition)["root"]!["activities"]![0]!["type"]);
        var instance = await harness.RunAsync(definition);
        InstanceAssert.Finished(instance);
        Assert.Equal(["ja"], instance.Messages());
        Assert.Equal("d", decision.Id);
    }
}
