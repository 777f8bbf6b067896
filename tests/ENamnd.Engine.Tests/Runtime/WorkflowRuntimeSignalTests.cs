using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Runtime;

/// <summary>A step's signals are committed with it, delivered after the commit, and delivered again by the sweep when a crash came in between.</summary>
public class WorkflowRuntimeSignalTests
{
    private static readonly TimeSpan ChildWait = TimeSpan.FromDays(1);

    [Fact]
    public async Task Should_LeaveNothingPending_When_SignalsAreDeliveredAfterTheirCommit()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(SubprocessWorkflows.QuickChild());

        var parent = await harness.RunAsync(SubprocessWorkflows.Parent());

        InstanceAssert.Finished(parent);
        Assert.Empty(await PendingAsync(harness));
        Assert.Equal(0, await harness.Runtime.DeliverPendingSignalsAsync(TimeSpan.Zero));
    }

    [Fact]
    public async Task Should_StartTheChildAndResumeTheParent_When_TheSweepDeliversSignalsLostInCrashes()
    {
        var (harness, _) = Crashing();
        await harness.DeployAsync(SubprocessWorkflows.WaitingChild(ChildWait));
        await harness.DeployAsync(SubprocessWorkflows.Parent());

        await Assert.ThrowsAsync<SimulatedCrashException>(() => harness.Runtime.StartAsync(new StartWorkflowRequest(SubprocessWorkflows.ParentId)));
        var parent = Assert.Single(await harness.InstancesOfAsync(SubprocessWorkflows.ParentId));
        InstanceAssert.Suspended(parent);
        Assert.Empty(await harness.InstancesOfAsync(SubprocessWorkflows.ChildId));
        Assert.IsType<WorkflowSignal.StartChild>(Assert.Single(await PendingAsync(harness)).Signal);

        Assert.Equal(1, await harness.Runtime.DeliverPendingSignalsAsync(TimeSpan.Zero));
        var child = Assert.Single(await harness.InstancesOfAsync(SubprocessWorkflows.ChildId));
        InstanceAssert.Suspended(child);
        Assert.Equal(parent.Id, child.Parent?.InstanceId);
        Assert.Empty(await PendingAsync(harness));

        // The child ends, and the process dies again before the parent hears of it.
        await Assert.ThrowsAsync<SimulatedCrashException>(() => harness.AdvanceAsync(ChildWait));
        InstanceAssert.Finished(await harness.ReloadAsync(child.Id));
        InstanceAssert.Suspended(await harness.ReloadAsync(parent.Id));
        Assert.IsType<WorkflowSignal.ResumeParent>(Assert.Single(await PendingAsync(harness)).Signal);

        Assert.Equal(1, await harness.Runtime.DeliverPendingSignalsAsync(TimeSpan.Zero));
        parent = await harness.ReloadAsync(parent.Id);
        InstanceAssert.Finished(parent);
        Assert.Equal(["föräldern fortsätter"], parent.Messages());
        Assert.Empty(await PendingAsync(harness));
        Assert.Equal(0, await harness.Runtime.DeliverPendingSignalsAsync(TimeSpan.Zero));
    }

    [Fact]
    public async Task Should_LeaveYoungSignalsToTheirOwnDelivery_When_Sweeping()
    {
        var (harness, _) = Crashing();
        await harness.DeployAsync(SubprocessWorkflows.WaitingChild(ChildWait));
        await harness.DeployAsync(SubprocessWorkflows.Parent());
        await Assert.ThrowsAsync<SimulatedCrashException>(() => harness.Runtime.StartAsync(new StartWorkflowRequest(SubprocessWorkflows.ParentId)));
        var minimumAge = TimeSpan.FromSeconds(5);

        harness.Clock.Advance(minimumAge - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await harness.Runtime.DeliverPendingSignalsAsync(minimumAge));
        Assert.Empty(await harness.InstancesOfAsync(SubprocessWorkflows.ChildId));

        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await harness.Runtime.DeliverPendingSignalsAsync(minimumAge));
        Assert.Single(await harness.InstancesOfAsync(SubprocessWorkflows.ChildId));
    }

    [Fact]
    public async Task Should_ChangeNothing_When_DeliveredSignalsAreDeliveredAgain()
    {
        ForgetfulSignalStore signals = null!;
        var harness = new EngineHarness(s => s.AddSingleton<IPendingSignalStore>(p => signals = new ForgetfulSignalStore(p.GetRequiredService<InMemoryWorkflowStateStore>())));
        await harness.DeployAsync(SubprocessWorkflows.WaitingChild(ChildWait));

        // Each delivery happens, but the record of it is lost: the sweep delivers every signal once more.
        var parent = await harness.RunAsync(SubprocessWorkflows.Parent());
        var child = Assert.Single(await harness.InstancesOfAsync(SubprocessWorkflows.ChildId));
        var childState = Serialized(child);
        Assert.Equal(1, await RedeliverAsync(harness, signals));
        Assert.Equal(childState, Serialized(Assert.Single(await harness.InstancesOfAsync(SubprocessWorkflows.ChildId))));

        Assert.Equal(1, await harness.AdvanceAsync(ChildWait));
        parent = await harness.ReloadAsync(parent.Id);
        InstanceAssert.Finished(parent);
        var parentState = Serialized(parent);
        Assert.Equal(1, await RedeliverAsync(harness, signals));
        Assert.Equal(parentState, Serialized(await harness.ReloadAsync(parent.Id)));
        Assert.Equal(["föräldern fortsätter"], parent.Messages());
    }

    [Fact]
    public async Task Should_LeaveTheCancelledChildAsItIs_When_ItsCancelIsDeliveredAgain()
    {
        ForgetfulSignalStore signals = null!;
        var harness = new EngineHarness(s => s.AddSingleton<IPendingSignalStore>(p => signals = new ForgetfulSignalStore(p.GetRequiredService<InMemoryWorkflowStateStore>())));
        await harness.DeployAsync(SubprocessWorkflows.WaitingChild(ChildWait));
        var parent = await harness.RunAsync(SubprocessWorkflows.Parent());
        await RedeliverAsync(harness, signals);

        await harness.Runtime.CancelAsync(parent.Id);
        var child = Assert.Single(await harness.InstancesOfAsync(SubprocessWorkflows.ChildId));
        InstanceAssert.SubStatus(WorkflowSubStatus.Cancelled, child);
        var childState = Serialized(child);

        // The parent's cancel of the child, and the cancelled child's word to the parent, which no longer waits.
        Assert.Equal(2, await RedeliverAsync(harness, signals));
        Assert.Equal(childState, Serialized(await harness.ReloadAsync(child.Id)));
    }

    [Fact]
    public async Task Should_StartNoChild_When_TheParentWasCancelledBeforeItsLostStartIsDelivered()
    {
        var (harness, committer) = Crashing();
        await harness.DeployAsync(SubprocessWorkflows.WaitingChild(ChildWait));
        await harness.DeployAsync(SubprocessWorkflows.Parent());
        await Assert.ThrowsAsync<SimulatedCrashException>(() => harness.Runtime.StartAsync(new StartWorkflowRequest(SubprocessWorkflows.ParentId)));
        var parent = Assert.Single(await harness.InstancesOfAsync(SubprocessWorkflows.ParentId));
        committer.CrashAfterSignals = false;

        // The parent's cancel reaches a child that does not exist yet; the start delivered after it must not create one.
        await harness.Runtime.CancelAsync(parent.Id);
        Assert.Equal(1, await harness.Runtime.DeliverPendingSignalsAsync(TimeSpan.Zero));

        InstanceAssert.SubStatus(WorkflowSubStatus.Cancelled, await harness.ReloadAsync(parent.Id));
        Assert.Empty(await harness.InstancesOfAsync(SubprocessWorkflows.ChildId));
        Assert.Empty(await PendingAsync(harness));
    }

    // An engine whose commits of steps with signals end like a crash: committed, then nothing more.
    private static (EngineHarness Harness, InterruptingCommitter Committer) Crashing()
    {
        InterruptingCommitter committer = null!;
        var harness = new EngineHarness(s => s.AddSingleton<IWorkflowStepCommitter>(p =>
            committer = new InterruptingCommitter(p.GetRequiredService<InMemoryWorkflowStateStore>()) { CrashAfterSignals = true }));
        _ = harness.Runtime; // builds the committer
        return (harness, committer);
    }

    // Delivers what is pending once more, recording these deliveries (later ones are forgotten again); returns how many there were.
    private static async Task<int> RedeliverAsync(EngineHarness harness, ForgetfulSignalStore signals)
    {
        signals.Forget = false;
        var delivered = await harness.Runtime.DeliverPendingSignalsAsync(TimeSpan.Zero);
        signals.Forget = true;
        return delivered;
    }

    private static Task<IReadOnlyList<PendingSignal>> PendingAsync(EngineHarness harness) =>
        harness.Services.GetRequiredService<IPendingSignalStore>().ListPendingAsync(DateTimeOffset.MaxValue, 100);

    private static string Serialized(WorkflowInstance instance) => WorkflowStateSerializer.Serialize(instance);
}
