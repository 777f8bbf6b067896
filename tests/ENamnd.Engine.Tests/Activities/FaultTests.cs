using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class FaultTests
{
    [Fact]
    public async Task Should_FaultWorkflowWithMessage_When_FaultActivityRuns()
    {
        var harness = new EngineHarness();
        var fault = new Fault { Id = "fault", Message = new Input<string>(Expression.Liquid("Ärende {{ Workflow.CorrelationId }} saknar beslut")) };
        var definition = new WorkflowBuilder("fel", "Fel").Build(new Sequence(fault, new WriteLine("efter felet")));

        var instance = await harness.RunAsync(definition, correlationId: "NBD-2026-0042");

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("Ärende NBD-2026-0042 saknar beslut", incident.Message);
        Assert.Equal("fault", incident.ActivityId);
        var faulted = Assert.Single(instance.Journal, e => e.EventType == JournalEventType.Faulted);
        Assert.Equal("Ärende NBD-2026-0042 saknar beslut", faulted.Message);
        Assert.Empty(instance.Messages());
    }
}
