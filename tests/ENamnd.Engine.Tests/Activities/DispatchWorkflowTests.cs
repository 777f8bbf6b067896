using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class DispatchWorkflowTests
{
    [Fact]
    public async Task Should_FinishParentAndLinkChild_When_NotWaiting()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(SlowChild());

        var parent = await harness.RunAsync(Parent(wait: false), correlationId: "NBD-2026-0042");

        InstanceAssert.Finished(parent);
        Assert.Equal(["föräldern klar"], parent.Messages());
        var child = Assert.Single(await harness.InstancesOfAsync("langsamt-barn"));
        InstanceAssert.Suspended(child);
        Assert.Equal(parent.Id, child.Parent?.InstanceId);
        Assert.Null(child.Parent?.BookmarkId);
        Assert.Equal(parent.Id, (string?)child.Input["ParentInstanceId"]);
        Assert.Equal("Åsa", (string?)child.Input["Namn"]);
        Assert.Equal("NBD-2026-0042", child.CorrelationId);

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromDays(1)));
        InstanceAssert.Finished(await harness.ReloadAsync(child.Id));
        Assert.Equal(["föräldern klar"], (await harness.ReloadAsync(parent.Id)).Messages());
    }

    [Fact]
    public async Task Should_WaitAndTakeChildOutput_When_WaitForCompletionIsOn()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(SlowChild());

        var parent = await harness.RunAsync(Parent(wait: true));
        InstanceAssert.Suspended(parent);
        await harness.AdvanceAsync(TimeSpan.FromDays(1));

        parent = await harness.ReloadAsync(parent.Id);
        InstanceAssert.Finished(parent);
        Assert.Equal("klar: Åsa", (string?)parent.Variables["Barnets"]?["Svar"]);
    }

    [Fact]
    public async Task Should_Fault_When_WorkflowHasNoPublishedVersion()
    {
        var harness = new EngineHarness();

        var parent = await harness.RunAsync(Parent(wait: false));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, parent);
        Assert.Contains("'langsamt-barn' har ingen publicerad version", Assert.Single(parent.Incidents).Message);
        Assert.Empty(await harness.InstancesOfAsync("langsamt-barn"));
    }

    private static WorkflowDefinition SlowChild() =>
        new WorkflowBuilder("langsamt-barn", "Långsamt barn").WithOutput<string>("Svar").Build(new Sequence(
            new Delay(TimeSpan.FromDays(1)),
            new SetOutput { OutputName = new Input<string>("Svar"), OutputValue = new Input<object?>(Expression.JavaScript("'klar: ' + getInput('Namn')")) }));

    private static WorkflowDefinition Parent(bool wait)
    {
        var dispatch = new DispatchWorkflow
        {
            WorkflowDefinitionId = new Input<string>("langsamt-barn"),
            Input = new Input<JsonObject?>(Expression.Object("""{"Namn":"Åsa"}""")),
            WaitForCompletion = new Input<bool>(wait),
            Result = Output<object?>.To("Barnets"),
        };
        return new WorkflowBuilder(wait ? "vantande-forsandare" : "forsandare", "Försändare").WithVariable<JsonObject>("Barnets")
            .Build(new Sequence(dispatch, new WriteLine("föräldern klar")));
    }
}
