using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Tests.Activities;

namespace ENamnd.Engine.Tests.Runtime;

public class LogPersistenceJournalTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Should_RecordEvaluatedInputsAndOutputs_When_NothingIsSet()
    {
        var greet = new Greet { Id = "greet", Person = new Input<string>(Expression.JavaScript("'An' + 'na'")) };

        var instance = await harness.RunAsync(new WorkflowBuilder("halsa", "Hälsa").Build(new Sequence(greet)));

        InstanceAssert.Finished(instance);
        var completed = await EndOfAsync(instance.Id, "greet", JournalEventType.Completed);
        Assert.Equal("""{"Person":"Anna"}""", completed.ActivityState?.ToJsonString());
        Assert.Equal("""{"Greeting":"Hej Anna!"}""", completed.Outputs?.ToJsonString());
    }

    [Fact]
    public async Task Should_LeaveOutWhatIsExcluded_When_WorkflowAndActivitySetModes()
    {
        var excludedByWorkflow = new Greet { Id = "g1", Person = new Input<string>("Anna") };
        var includedByActivity = new Greet { Id = "g2", Person = new Input<string>("Bo") };
        includedByActivity.CustomProperties[LogPersistenceSettings.ModeKey] = new JsonObject
        {
            ["default"] = "Inherit",
            ["inputs"] = new JsonObject { ["person"] = "Include" },
            ["outputs"] = new JsonObject(),
        };
        var definition = new WorkflowBuilder("tyst", "Tyst").Build(new Sequence(excludedByWorkflow, includedByActivity));
        definition.CustomProperties[LogPersistenceSettings.ModeKey] = new JsonObject { ["default"] = "Exclude" };

        var instance = await harness.RunAsync(definition);

        InstanceAssert.Finished(instance);
        var first = await EndOfAsync(instance.Id, "g1", JournalEventType.Completed);
        Assert.Null(first.ActivityState);
        Assert.Null(first.Outputs);
        var second = await EndOfAsync(instance.Id, "g2", JournalEventType.Completed);
        Assert.Equal("""{"Person":"Bo"}""", second.ActivityState?.ToJsonString());
        Assert.Null(second.Outputs);
    }

    [Fact]
    public async Task Should_KeepTheInputsOnTheCompletedEntry_When_TheExecutionWaitedInBetween()
    {
        var delay = new Delay(TimeSpan.FromHours(2)) { Id = "vanta" };
        var definition = await harness.DeployAsync(new WorkflowBuilder("vanta", "Vänta").Build(new Sequence(delay)));
        var started = await harness.StartAsync(definition.DefinitionId);
        InstanceAssert.Suspended(started);
        var suspended = await EndOfAsync(started.Id, "vanta", JournalEventType.Suspended);

        await harness.AdvanceAsync(TimeSpan.FromHours(3));

        InstanceAssert.Finished(await harness.ReloadAsync(started.Id));
        Assert.Equal("""{"TimeSpan":"02:00:00"}""", suspended.ActivityState?.ToJsonString());
        var completed = await EndOfAsync(started.Id, "vanta", JournalEventType.Completed);
        Assert.Equal("""{"TimeSpan":"02:00:00"}""", completed.ActivityState?.ToJsonString());
    }

    [Fact]
    public async Task Should_NeverRecordASecretInput_When_EverythingIsIncluded()
    {
        var signIn = new SignIn { Id = "in", UserName = new Input<string>("anna@example.org"), Password = new Input<string>("hemligt") };
        signIn.CustomProperties[LogPersistenceSettings.ModeKey] = new JsonObject { ["default"] = "Include", ["inputs"] = new JsonObject { ["password"] = "Include" } };

        var instance = await harness.RunAsync(new WorkflowBuilder("logga-in", "Logga in").Build(new Sequence(signIn)));

        InstanceAssert.Finished(instance);
        var completed = await EndOfAsync(instance.Id, "in", JournalEventType.Completed);
        Assert.Equal("""{"UserName":"anna@example.org"}""", completed.ActivityState?.ToJsonString());
        Assert.DoesNotContain("hemligt", System.Text.Json.JsonSerializer.Serialize(await harness.Instances.JournalAsync(instance.Id)));
    }

    [Fact]
    public async Task Should_RecordTheFaultedExecutionsInputs_When_ItFaults()
    {
        var write = new WriteLine("före") { Id = "skriv" };
        var fault = new Fault { Id = "fel", Message = new Input<string>("Något gick fel") };

        var instance = await harness.RunAsync(new WorkflowBuilder("fel", "Fel").Build(new Sequence(write, fault)));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Equal("före", (string?)(await EndOfAsync(instance.Id, "skriv", JournalEventType.Completed)).ActivityState?["Text"]);
        Assert.Equal("Något gick fel", (string?)(await EndOfAsync(instance.Id, "fel", JournalEventType.Faulted)).ActivityState?["Message"]);
    }

    private async Task<JournalEntry> EndOfAsync(string instanceId, string activityId, JournalEventType type) =>
        Assert.Single(await harness.Instances.JournalAsync(instanceId), e => e.ActivityId == activityId && e.EventType == type);
}
