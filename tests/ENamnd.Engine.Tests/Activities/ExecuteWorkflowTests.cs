using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

public class ExecuteWorkflowTests
{
    [Fact]
    public async Task Should_ResumeParentWithChildOutput_When_ChildCompletes()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(Child("barn", new Sequence(AnswerFromInput())));

        var parent = await harness.RunAsync(Parent("barn"), correlationId: "NBD-2026-0007");

        InstanceAssert.Finished(parent);
        Assert.Equal("svar om budget", (string?)parent.Variables["ChildResult"]?["output"]?["Answer"]);
        Assert.Equal(["barnet svarade: svar om budget"], parent.Messages());
        var child = Assert.Single(await harness.InstancesOfAsync("barn"));
        InstanceAssert.Finished(child);
        Assert.Equal("NBD-2026-0007", child.CorrelationId);
        Assert.Equal("budget", (string?)child.Input["Question"]);
        Assert.Equal(parent.Id, child.Parent?.InstanceId);
    }

    [Fact]
    public async Task Should_KeepParentSuspended_When_ChildWaits()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(Child("vantande-barn", new Sequence(new Delay(TimeSpan.FromDays(1)), AnswerFromInput())));
        var parent = await harness.RunAsync(Parent("vantande-barn"));
        var child = Assert.Single(await harness.InstancesOfAsync("vantande-barn"));
        InstanceAssert.Suspended(parent);
        InstanceAssert.Suspended(child);

        Assert.Equal(0, await harness.AdvanceAsync(TimeSpan.FromHours(23)));
        InstanceAssert.Suspended(await harness.ReloadAsync(parent.Id));
        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));

        parent = await harness.ReloadAsync(parent.Id);
        InstanceAssert.Finished(await harness.ReloadAsync(child.Id));
        InstanceAssert.Finished(parent);
        Assert.Equal("svar om budget", (string?)parent.Variables["ChildResult"]?["output"]?["Answer"]);
    }

    [Fact]
    public async Task Should_CancelWaitingChild_When_ParentIsCancelled()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(Child("avbrutet-barn", new Sequence(new Delay(TimeSpan.FromDays(1)), AnswerFromInput())));
        var parent = await harness.RunAsync(Parent("avbrutet-barn"));
        var child = Assert.Single(await harness.InstancesOfAsync("avbrutet-barn"));

        await harness.Runtime.CancelAsync(parent.Id);

        InstanceAssert.SubStatus(WorkflowSubStatus.Cancelled, await harness.ReloadAsync(parent.Id));
        InstanceAssert.SubStatus(WorkflowSubStatus.Cancelled, await harness.ReloadAsync(child.Id));
        Assert.Empty(await harness.BookmarksOfAsync(child.Id));
        Assert.Equal(0, await harness.AdvanceAsync(TimeSpan.FromDays(2)));
    }

    [Fact]
    public async Task Should_FaultParentWithReason_When_ChildDefinitionDoesNotExist()
    {
        var harness = new EngineHarness();

        var parent = await harness.RunAsync(Parent("finns-inte"));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, parent);
        var incident = Assert.Single(parent.Incidents);
        Assert.Equal("Elsa.ExecuteWorkflow", incident.ActivityType);
        Assert.Contains("'finns-inte' finns inte", incident.Message);
        Assert.Empty(await harness.BookmarksOfAsync(parent.Id));
    }

    [Fact]
    public async Task Should_FaultParent_When_ChildFaults()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(Child("felande-barn", new Fault { Message = new Input<string>("Barnet gick sönder") }));

        var parent = await harness.RunAsync(Parent("felande-barn"));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, parent);
        Assert.Contains("felande-barn", Assert.Single(parent.Incidents).Message);
    }

    [Fact]
    public async Task Should_LinkChildToParent_When_ParentDoesNotWait()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(Child("fristaende-barn", new Sequence(new Delay(TimeSpan.FromDays(1)), AnswerFromInput())));
        var execute = new ExecuteWorkflow { WorkflowDefinitionId = new Input<string>("fristaende-barn"), WaitForCompletion = new Input<bool>(false) };
        var parent = new WorkflowBuilder("utan-vantan", "Utan väntan").Build(new Sequence(execute, new WriteLine("föräldern fortsätter")));

        var started = await harness.RunAsync(parent);

        InstanceAssert.Finished(started);
        Assert.Equal(["föräldern fortsätter"], started.Messages());
        var child = Assert.Single(await harness.InstancesOfAsync("fristaende-barn"));
        InstanceAssert.Suspended(child);
        Assert.Equal(started.Id, child.Parent?.InstanceId);
        Assert.Equal(started.Id, (string?)child.Input["ParentInstanceId"]);
        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromDays(1)));
        InstanceAssert.Finished(await harness.ReloadAsync(child.Id));
    }

    [Fact]
    public async Task Should_GiveElsasResultShape_When_ChildFinishes()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(Child("barn-med-resultat", new Sequence(AnswerFromInput())));

        var parent = await harness.RunAsync(Parent("barn-med-resultat"), correlationId: "NBD-2026-0008");

        var child = Assert.Single(await harness.InstancesOfAsync("barn-med-resultat"));
        var result = Assert.IsType<JsonObject>(parent.Variables["ChildResult"]);
        Assert.Equal(
            ["workflowDefinitionVersionId", "workflowInstanceId", "correlationId", "status", "subStatus", "output"],
            result.Select(p => p.Key).ToList());
        Assert.Equal(child.Id, (string?)result["workflowInstanceId"]);
        Assert.Equal(child.DefinitionVersionId, (string?)result["workflowDefinitionVersionId"]);
        Assert.Equal("NBD-2026-0008", (string?)result["correlationId"]);
        Assert.Equal("Finished", (string?)result["status"]);
        Assert.Equal("Finished", (string?)result["subStatus"]);
        Assert.True(JsonNode.DeepEquals(child.Output, result["output"]));
    }

    [Fact]
    public async Task Should_NameRunningChildInResult_When_ParentDoesNotWait()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(Child("barn-utan-vantan", new Sequence(new Delay(TimeSpan.FromDays(1)), AnswerFromInput())));
        var execute = new ExecuteWorkflow
        {
            WorkflowDefinitionId = new Input<string>("barn-utan-vantan"),
            WaitForCompletion = new Input<bool>(false),
            Result = Output<ExecuteWorkflowResult?>.To("ChildResult"),
        };
        var definition = new WorkflowBuilder("foralder-utan-vantan", "Förälder").WithVariable<JsonObject>("ChildResult").Build(execute);

        var parent = await harness.RunAsync(definition);

        var child = Assert.Single(await harness.InstancesOfAsync("barn-utan-vantan"));
        var result = parent.Variables["ChildResult"];
        Assert.Equal(child.Id, (string?)result?["workflowInstanceId"]);
        Assert.Equal("Running", (string?)result?["status"]);
        Assert.Null(result?["output"]);
    }

    private static SetVariable AnswerFromInput() =>
        new("Answer", new Input<object>(Expression.Liquid("svar om {{ Input.Question }}")));

    private static WorkflowDefinition Child(string definitionId, Activity root) =>
        new WorkflowBuilder(definitionId, "Barn").WithVariable<string>("Answer").WithOutput<string>("Answer").Build(root);

    private static WorkflowDefinition Parent(string childDefinitionId)
    {
        var execute = new ExecuteWorkflow
        {
            WorkflowDefinitionId = new Input<string>(childDefinitionId),
            Input = new Input<JsonObject?>(Expression.Object("""{"Question":"budget"}""")),
            Result = Output<ExecuteWorkflowResult?>.To("ChildResult"),
        };
        var report = new WriteLine(new Input<string>(Expression.JavaScript("'barnet svarade: ' + variables.ChildResult.output.Answer")));
        return new WorkflowBuilder("foralder", "Förälder").WithVariable<JsonObject>("ChildResult").Build(new Sequence(execute, report));
    }
}
