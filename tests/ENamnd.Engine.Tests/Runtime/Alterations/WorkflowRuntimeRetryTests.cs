using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Runtime.Alterations;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Tests.Runtime.Alterations;

public class WorkflowRuntimeRetryTests
{
    [Fact]
    public async Task Should_RunFaultedActivityAgainAndFinish_Without_RerunningFinishedOnes_When_RetriedAfterFix()
    {
        var harness = new EngineHarness();
        var faulted = await harness.RunAsync(AlterationWorkflows.Flaky("ostadig"));
        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, faulted);
        Assert.Equal(AlterationWorkflows.FaultMessage, faulted.Incidents.Single().Message.Split(": ")[^1]);

        var result = await harness.Runtime.AlterAsync(faulted.Id, [new ModifyVariable("Klar", true), new ScheduleActivity("flaky", null)]);

        Assert.True(result.IsSuccessful, string.Join(" ", result.Log.Select(l => l.Message)));
        Assert.True(result.WorkflowHasScheduledWork);
        var stored = await harness.ReloadAsync(faulted.Id);
        InstanceAssert.Finished(stored);
        Assert.Null(stored.Incidents.SingleOrDefault(i => i.Timestamp > faulted.UpdatedAt));
        Assert.Equal(["först", "sist"], stored.Written());
        Assert.Equal(1, stored.IdsOf(JournalEventType.Started).Count(id => id == "first"));
        Assert.Equal(2, stored.IdsOf(JournalEventType.Started).Count(id => id == "flaky"));
        Assert.Contains(stored.Journal, e => e.EventType == JournalEventType.Log && (string?)e.Payload?["alteration"] == "ScheduleActivity");
    }

    [Fact]
    public async Task Should_FaultAgainWithSecondIncident_When_RetriedWithoutFix()
    {
        var harness = new EngineHarness();
        var faulted = await harness.RunAsync(AlterationWorkflows.Flaky("ostadig-igen"));
        var execution = faulted.ActivityContexts.Single(c => c.Status == ActivityStatus.Faulted);

        var result = await harness.Runtime.AlterAsync(faulted.Id, [new ScheduleActivity(null, execution.Id)]);

        Assert.True(result.IsSuccessful);
        var stored = await harness.ReloadAsync(faulted.Id);
        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, stored);
        Assert.Equal(2, stored.Incidents.Count);
        Assert.Equal(["först"], stored.Written());
    }

    [Fact]
    public async Task Should_RefuseAndChangeNothing_When_ActivityHasNoExecutionOrOneAlterationFails()
    {
        var harness = new EngineHarness();
        var faulted = await harness.RunAsync(AlterationWorkflows.Flaky("ostadig-nej"));
        var before = WorkflowStateSerializer.Serialize(faulted);

        var unknown = await harness.Runtime.AlterAsync(faulted.Id, [new ScheduleActivity(null, "saknas")]);
        var half = await harness.Runtime.AlterAsync(faulted.Id, [new ModifyVariable("Klar", true), new ModifyVariable("Saknas", 1)]);
        var missing = await harness.Runtime.AlterAsync("finns-inte", [new Cancel()]);

        Assert.False(unknown.IsSuccessful);
        Assert.Contains("saknas", unknown.Log[^1].Message);
        Assert.False(half.IsSuccessful);
        Assert.Equal("Variabeln \"Saknas\" finns inte i arbetsflödet.", half.Log[^1].Message);
        Assert.False(missing.IsSuccessful);
        Assert.Equal(before, WorkflowStateSerializer.Serialize(await harness.ReloadAsync(faulted.Id)));
    }

    [Fact]
    public async Task Should_CancelFaultedInstance_When_CancelAltered()
    {
        var harness = new EngineHarness();
        var faulted = await harness.RunAsync(AlterationWorkflows.Flaky("ostadig-avbryt"));

        var result = await harness.Runtime.AlterAsync(faulted.Id, [new Cancel()]);

        Assert.True(result.IsSuccessful);
        var stored = await harness.ReloadAsync(faulted.Id);
        InstanceAssert.SubStatus(WorkflowSubStatus.Cancelled, stored);
        Assert.Empty(stored.ActivityContexts);
        var again = await harness.Runtime.AlterAsync(faulted.Id, [new Cancel()]);
        Assert.False(again.IsSuccessful);
        Assert.Equal("Instansen är avslutad (Cancelled) och kan inte ändras.", again.Log[^1].Message);
    }

    [Fact]
    public async Task Should_CancelWaitingActivityAndFinishFlow_When_CancelActivityAltered()
    {
        var harness = new EngineHarness();
        var waiting = await harness.RunAsync(AlterationWorkflows.Waiting("vanta-avbryt", 1, "efter"));
        Assert.Single(await harness.BookmarksOfAsync(waiting.Id));

        var result = await harness.Runtime.AlterAsync(waiting.Id, [new CancelActivity("wait", null)]);

        Assert.True(result.IsSuccessful, string.Join(" ", result.Log.Select(l => l.Message)));
        var stored = await harness.ReloadAsync(waiting.Id);
        Assert.Contains("wait", stored.IdsOf(JournalEventType.Cancelled));
        Assert.Empty(await harness.BookmarksOfAsync(waiting.Id));
        // The cancelled wait ends without an outcome, so the step after it does not run and the flowchart finishes.
        InstanceAssert.Finished(stored);
        Assert.Equal(["först"], stored.Written());
    }

    [Fact]
    public async Task Should_SetVariableConvertedToItsType_When_ModifyVariableAltered()
    {
        var harness = new EngineHarness();
        var waiting = await harness.RunAsync(AlterationWorkflows.Waiting("vanta-variabel", 1, "efter"));

        var result = await harness.Runtime.AlterAsync(waiting.Id, [new ModifyVariable("Nummer", JsonValue.Create("42"))]);

        Assert.True(result.IsSuccessful);
        Assert.False(result.WorkflowHasScheduledWork);
        var stored = await harness.ReloadAsync(waiting.Id);
        Assert.Equal(42, (int)stored.Variables["Nummer"]!);
        InstanceAssert.Suspended(stored);
    }
}
