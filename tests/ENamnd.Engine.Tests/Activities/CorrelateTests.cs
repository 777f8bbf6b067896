using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class CorrelateTests
{
    [Fact]
    public async Task Should_SetInstanceCorrelationIdForLaterWaits_When_Run()
    {
        var harness = new EngineHarness();
        var correlate = new Correlate { CorrelationId = new Input<string?>(Expression.JavaScript("'NBD-' + variables.Nummer")) };
        var flow = new Flowchart().Connect(new Start(), correlate).Connect(correlate, new Event("Vidare"));

        var instance = await harness.RunAsync(new WorkflowBuilder("korrelera", "Korrelera").WithVariable("Nummer", 42).Build(flow), correlationId: "gammalt");

        InstanceAssert.Suspended(instance);
        Assert.Equal("NBD-42", instance.CorrelationId);
        Assert.Equal("NBD-42", Assert.Single(await harness.BookmarksOfAsync(instance.Id)).CorrelationId);
    }
}
