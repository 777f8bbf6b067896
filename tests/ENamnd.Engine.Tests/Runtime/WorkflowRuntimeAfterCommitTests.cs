using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Tests.Runtime;

/// <summary>Once a step is committed, nothing that follows (releasing the lock, delivering its signals) turns it into a failure.</summary>
public class WorkflowRuntimeAfterCommitTests
{
    private readonly ListLoggerFactory logs = new();

    [Fact]
    public async Task Should_ReportTheCommittedSteps_When_ReleasingTheLockFails()
    {
        var locks = new ThrowingReleaseLock();
        var harness = Harness(s => s.AddSingleton<IInstanceLock>(locks));

        var started = await harness.RunAsync(WaitThenLog());
        var bookmark = Assert.Single(await harness.BookmarksOfAsync(started.Id));
        var resumed = await harness.Runtime.ResumeAsync(bookmark.Id);

        InstanceAssert.Suspended(started);
        Assert.Equal(ResumeOutcome.Resumed, resumed.Outcome);
        InstanceAssert.Finished(await harness.ReloadAsync(started.Id));
        Assert.Equal(["klar"], (await harness.ReloadAsync(started.Id)).Messages());
        Assert.Equal(2, locks.FailedReleases);
        Assert.Equal(2, logs.Lines.Count(l => l.StartsWith($"Warning: Releasing the lock of instance {started.Id} failed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_ReportTheCancelledInstance_When_ReleasingTheLockFails()
    {
        var locks = new ThrowingReleaseLock();
        var harness = Harness(s => s.AddSingleton<IInstanceLock>(locks));
        var started = await harness.RunAsync(WaitThenLog());

        var cancelled = await harness.Runtime.CancelAsync(started.Id);

        Assert.NotNull(cancelled);
        InstanceAssert.SubStatus(WorkflowSubStatus.Cancelled, await harness.ReloadAsync(started.Id));
        Assert.Contains(logs.Lines, l => l.StartsWith($"Warning: Releasing the lock of instance {started.Id} failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_ReturnTheStartedParent_When_StartingItsChildFails()
    {
        InterruptingCommitter committer = null!;
        var harness = Harness(s => s.AddSingleton<IWorkflowStepCommitter>(p =>
            committer = new InterruptingCommitter(p.GetRequiredService<InMemoryWorkflowStateStore>()) { RefuseChildren = true }));
        await harness.DeployAsync(SubprocessWorkflows.QuickChild());

        var parent = await harness.RunAsync(SubprocessWorkflows.Parent());

        InstanceAssert.Suspended(parent);
        Assert.Single(await harness.BookmarksOfAsync(parent.Id));
        Assert.Empty(await harness.InstancesOfAsync(SubprocessWorkflows.ChildId));
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning: Signal ", StringComparison.Ordinal) && l.Contains($"(StartChild) of instance {parent.Id} was not delivered", StringComparison.Ordinal));

        // The start stays pending until a sweep finds the database back.
        committer.RefuseChildren = false;
        Assert.Equal(1, await harness.Runtime.DeliverPendingSignalsAsync(TimeSpan.Zero));
        InstanceAssert.Finished(await harness.ReloadAsync(parent.Id));
        InstanceAssert.Finished(Assert.Single(await harness.InstancesOfAsync(SubprocessWorkflows.ChildId)));
    }

    private EngineHarness Harness(Action<IServiceCollection> configure) =>
        new(s =>
        {
            s.AddSingleton<ILoggerFactory>(logs);
            configure(s);
        });

    private static WorkflowDefinition WaitThenLog() =>
        new WorkflowBuilder("vanta-och-skriv", "Vänta och skriv").Build(new Sequence(new Delay(TimeSpan.FromHours(1)), new WriteLine("klar")));
}
