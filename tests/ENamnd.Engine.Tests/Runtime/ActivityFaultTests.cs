using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Tests.Activities;

namespace ENamnd.Engine.Tests.Runtime;

public class ActivityFaultTests
{
    [Fact]
    public async Task Should_FaultInstanceWithIncident_When_ActivityThrows()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("kastar", "Kastar").Build(new Sequence(new Throw { Id = "boom" }, new WriteLine("efter felet")));

        var instance = await harness.RunAsync(definition);

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.NotNull(instance.FinishedAt);
        var faulted = Assert.Single(instance.Journal, e => e.EventType == JournalEventType.Faulted);
        Assert.Equal("boom", faulted.ActivityId);
        Assert.Contains(Throw.Message, faulted.Message);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("boom", incident.ActivityId);
        Assert.Equal("Test.Throw", incident.ActivityType);
        Assert.Contains(Throw.Message, incident.Message);
        Assert.Equal(typeof(InvalidOperationException).FullName, incident.ExceptionType);
        Assert.Empty(instance.Messages());
    }

    [Fact]
    public async Task Should_CancelWaitingBranchAndRemoveItsBookmark_When_OtherBranchFaults()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var waiting = new Delay(TimeSpan.FromDays(1)) { Id = "waiting" };
        var later = new Delay(TimeSpan.FromHours(1));
        var flow = new Flowchart().Connect(start, waiting).Connect(start, later).Connect(later, new Throw());
        var instance = await harness.RunAsync(new WorkflowBuilder("gren-fel", "Fel i gren").Build(flow));
        Assert.Equal(2, (await harness.BookmarksOfAsync(instance.Id)).Count);

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Contains("waiting", instance.IdsOf(JournalEventType.Cancelled));
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
        Assert.Equal(0, await harness.AdvanceAsync(TimeSpan.FromDays(1)));
    }

    [Fact]
    public async Task Should_FaultWithJavaScriptMessage_When_ConditionHasSyntaxError()
    {
        var harness = new EngineHarness();
        var decision = new FlowDecision { Id = "decision", Condition = new Input<bool>(Expression.JavaScript("variables.Amount >")) };
        var definition = new WorkflowBuilder("js-syntax", "JS-syntaxfel").WithVariable("Amount", 5).Build(decision);

        var instance = await harness.RunAsync(definition);

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("decision", incident.ActivityId);
        Assert.Contains("JavaScript", incident.Message);
        Assert.Contains("variables.Amount >", incident.Message);
    }

    [Fact]
    public async Task Should_FaultWithMessage_When_InputCannotBeConverted()
    {
        var harness = new EngineHarness();
        var delay = new Delay(new Input<TimeSpan>(Expression.Literal("inte en tid")));

        var instance = await harness.RunAsync(new WorkflowBuilder("konvertering", "Konvertering").Build(delay));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Contains("inte en tid", Assert.Single(instance.Incidents).Message);
    }
}
