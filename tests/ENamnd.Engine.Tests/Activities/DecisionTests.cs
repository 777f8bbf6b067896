using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class DecisionTests
{
    [Theory]
    [InlineData(150, "stort belopp", "True")]
    [InlineData(50, "litet belopp", "False")]
    public async Task Should_ContinueThroughMatchingPort_When_ConditionIsEvaluated(int amount, string expectedMessage, string expectedOutcome)
    {
        var harness = new EngineHarness();
        var start = new Start();
        var decision = new Decision { Id = "decision", Condition = new Input<bool>(Expression.JavaScript("variables.Amount > 100")) };
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
}
