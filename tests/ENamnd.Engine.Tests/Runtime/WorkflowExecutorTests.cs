using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Runtime;

public class WorkflowExecutorTests
{
    private static readonly JsonObject Input = new() { ["Applicant"] = "Åsa" };

    [Fact]
    public async Task Should_EndInSameState_When_StateIsSerializedBetweenSteps()
    {
        var definition = JoinedLoop();

        var inMemory = await RunWithExecutorAsync(definition);
        var persisted = await RunWithRuntimeAsync(definition);

        InstanceAssert.Finished(inMemory);
        InstanceAssert.Finished(persisted);
        Assert.True(JsonNode.DeepEquals(inMemory.Variables, persisted.Variables), $"{inMemory.Variables.ToJsonString()} vs {persisted.Variables.ToJsonString()}");
        Assert.True(JsonNode.DeepEquals(inMemory.Output, persisted.Output));
        Assert.Equal(inMemory.Trace(), persisted.Trace());
        Assert.Equal(inMemory.FinishedAt, persisted.FinishedAt);
        Assert.Equal(["Åsa: varv 1", "Åsa: varv 2", "klar efter 2 varv"], persisted.Messages());
    }

    [Fact]
    public async Task Should_ReturnNull_When_ExecutorResumesBookmarkTwice()
    {
        var harness = new EngineHarness();
        var workflow = Workflow.From(new WorkflowBuilder("direkt", "Direkt").Build(new Sequence(new Delay(TimeSpan.FromHours(1)), new WriteLine("klar"))));
        var instance = harness.Executor.CreateInstance(workflow);
        var started = await harness.Executor.StartAsync(workflow, instance);
        var bookmark = Assert.Single(started.AddedBookmarks);

        var first = await harness.Executor.ResumeAsync(workflow, instance, bookmark.Id, null);
        var second = await harness.Executor.ResumeAsync(workflow, instance, bookmark.Id, null);

        Assert.NotNull(first);
        Assert.Equal([bookmark.Id], first.RemovedBookmarkIds);
        Assert.Null(second);
        InstanceAssert.Finished(instance);
    }

    [Fact]
    public async Task Should_TellStepWhatVariablesAndSubStatusWereBefore_When_StepChangesThem()
    {
        var harness = new EngineHarness();
        var workflow = Workflow.From(new WorkflowBuilder("fore", "Före").WithVariable("Fas", "Förstudie").WithVariable("Antal", 1)
            .Build(new Sequence(new Event("Vidare"), new WriteLine("klar"))));
        var instance = harness.Executor.CreateInstance(workflow);
        var started = await harness.Executor.StartAsync(workflow, instance);

        var changed = harness.Executor.SetVariables(workflow, instance, _ => new JsonObject { ["Fas"] = "Utveckling" });
        var again = harness.Executor.SetVariables(workflow, instance, _ => new JsonObject { ["Fas"] = "Upphandling", ["Fas2"] = 2 });
        var cancelled = harness.Executor.Cancel(workflow, instance);

        Assert.Equal(WorkflowSubStatus.Pending, started.SubStatusBefore);
        Assert.Empty(started.VariablesBefore);
        Assert.Equal(WorkflowSubStatus.Suspended, changed!.SubStatusBefore);
        Assert.Equal("Förstudie", (string?)Assert.Single(changed.VariablesBefore, v => v.Key == "Fas").Value);
        Assert.Equal(["Fas", "Fas2"], again!.VariablesBefore.Keys.Order());
        Assert.Equal("Utveckling", (string?)again.VariablesBefore["Fas"]);
        Assert.Null(again.VariablesBefore["Fas2"]);
        Assert.Equal(WorkflowSubStatus.Suspended, cancelled!.SubStatusBefore);
        Assert.Equal(WorkflowSubStatus.Cancelled, instance.SubStatus);
    }

    // Three steps: the fast branch reaches the join while the waiting one holds it back, the loop goes
    // round again through the join, and the second lap finishes. Join tokens, the sequence index and
    // variables all have to survive between steps.
    private static WorkflowDefinition JoinedLoop()
    {
        var start = new Start();
        var lap = new Sequence(
            new Delay(TimeSpan.FromHours(1)),
            new SetVariable("Laps", new Input<object>(Expression.JavaScript("variables.Laps + 1"))),
            new WriteLine(new Input<string>(Expression.Liquid("{{ Input.Applicant }}: varv {{ Variables.Laps }}")))) { Id = "lap" };
        var note = new SetVariable("Note", new Input<object>(Expression.JavaScript("'parallell ' + input.Applicant"))) { Id = "note" };
        var join = new FlowJoin { Id = "join" };
        var again = new FlowDecision { Id = "again", Condition = new Input<bool>(Expression.JavaScript("variables.Laps < 2")) };
        var flow = new Flowchart()
            .Connect(start, lap).Connect(start, note)
            .Connect(lap, join).Connect(note, join)
            .Connect(join, again)
            .Connect(again, lap, "True")
            .Connect(again, new WriteLine(new Input<string>(Expression.Liquid("klar efter {{ Variables.Laps }} varv"))), "False");
        return new WorkflowBuilder("varv", "Varv")
            .WithVariable("Laps", 0)
            .WithVariable<string>("Note")
            .WithOutput<string>("Note")
            .Build(flow);
    }

    private static async Task<WorkflowInstance> RunWithExecutorAsync(WorkflowDefinition definition)
    {
        var harness = new EngineHarness();
        var executor = harness.Executor;
        var workflow = Workflow.From(definition);
        var instance = executor.CreateInstance(workflow, correlationId: "NBD-1", input: Input);
        await executor.StartAsync(workflow, instance);
        while (instance.Status == WorkflowStatus.Running)
        {
            harness.Clock.Advance(TimeSpan.FromHours(1));
            var due = instance.Bookmarks.Where(b => b.DueAt <= harness.Clock.GetUtcNow()).OrderBy(b => b.DueAt).ToList();
            Assert.NotEmpty(due);
            foreach (var bookmark in due) await executor.ResumeAsync(workflow, instance, bookmark.Id, null);
        }
        return instance;
    }

    private static async Task<WorkflowInstance> RunWithRuntimeAsync(WorkflowDefinition definition)
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(definition);
        var instance = await harness.StartAsync(definition.DefinitionId, Input, "NBD-1");
        while (instance.Status == WorkflowStatus.Running)
        {
            Assert.NotEqual(0, await harness.AdvanceAsync(TimeSpan.FromHours(1)));
            instance = await harness.ReloadAsync(instance.Id);
        }
        return instance;
    }
}
