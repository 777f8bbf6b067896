using ENamnd.Engine.Runtime;
using ENamnd.Engine.Runtime.Alterations;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Runtime.Alterations;

public class AlterationPlanRunnerTests
{
    [Fact]
    public async Task Should_RunEveryJobAndCompletePlan_When_PlanRun()
    {
        var harness = new EngineHarness();
        var first = await harness.RunAsync(AlterationWorkflows.Flaky("plan-a"));
        var second = await harness.StartAsync("plan-a");
        var runner = harness.Services.GetRequiredService<AlterationPlanRunner>();
        var store = harness.Services.GetRequiredService<IAlterationPlanStore>();
        var filter = new AlterationInstanceFilter { DefinitionIds = ["plan-a"], SubStatuses = [WorkflowSubStatus.Faulted] };

        Assert.Equal(new[] { first.Id, second.Id }.Order(), (await runner.FindInstancesAsync(filter)).Order());
        var plan = await runner.SubmitAsync([new ModifyVariable("Klar", true), new ScheduleActivity("flaky", null)], filter);
        Assert.Equal(AlterationPlanStatus.Pending, (await store.FindAsync(plan.Id))!.Status);
        await runner.RunAsync(plan.Id);

        var stored = (await store.FindAsync(plan.Id))!;
        Assert.Equal(AlterationPlanStatus.Completed, stored.Status);
        Assert.NotNull(stored.StartedAt);
        Assert.NotNull(stored.CompletedAt);
        var jobs = await store.ListJobsAsync(plan.Id);
        Assert.All(jobs, j => Assert.Equal(AlterationJobStatus.Completed, j.Status));
        InstanceAssert.Finished(await harness.ReloadAsync(first.Id));
        InstanceAssert.Finished(await harness.ReloadAsync(second.Id));
    }

    [Fact]
    public async Task Should_RunLeftoverJobsOnce_When_UnfinishedPlansSweptAfterCrash()
    {
        var harness = new EngineHarness();
        var faulted = await harness.RunAsync(AlterationWorkflows.Flaky("plan-krasch"));
        var runner = harness.Services.GetRequiredService<AlterationPlanRunner>();
        var store = harness.Services.GetRequiredService<IAlterationPlanStore>();
        // Submitted, then the host went down before any job ran.
        var plan = await runner.SubmitAsync([new Cancel()], new AlterationInstanceFilter { WorkflowInstanceIds = [faulted.Id, "finns-inte"] });

        Assert.Equal(1, await runner.RunUnfinishedAsync());
        Assert.Equal(0, await runner.RunUnfinishedAsync());

        var job = Assert.Single(await store.ListJobsAsync(plan.Id));
        Assert.Equal((faulted.Id, AlterationJobStatus.Completed), (job.WorkflowInstanceId, job.Status));
        Assert.Equal("Instansen avbröts.", job.Log.Single().Message);
        InstanceAssert.SubStatus(WorkflowSubStatus.Cancelled, await harness.ReloadAsync(faulted.Id));
    }

    [Fact]
    public async Task Should_RecordFailedJob_When_AlterationRefused()
    {
        var harness = new EngineHarness();
        var finished = await harness.RunAsync(AlterationWorkflows.Waiting("plan-fel", 1, "efter"));
        await harness.Runtime.CancelAsync(finished.Id);
        var runner = harness.Services.GetRequiredService<AlterationPlanRunner>();
        var store = harness.Services.GetRequiredService<IAlterationPlanStore>();

        var plan = await runner.SubmitAsync([new Cancel()], new AlterationInstanceFilter { WorkflowInstanceIds = [finished.Id] });
        await runner.RunAsync(plan.Id);

        var job = Assert.Single(await store.ListJobsAsync(plan.Id));
        Assert.Equal(AlterationJobStatus.Failed, job.Status);
        Assert.Equal("Instansen är avslutad (Cancelled) och kan inte ändras.", job.Log[^1].Message);
        Assert.Equal(AlterationPlanStatus.Completed, (await store.FindAsync(plan.Id))!.Status);
    }

    [Fact]
    public async Task Should_SelectAllOrNothing_When_FilterIsEmpty()
    {
        var harness = new EngineHarness();
        var instance = await harness.RunAsync(AlterationWorkflows.Waiting("plan-tom", 1, "efter"));
        var runner = harness.Services.GetRequiredService<AlterationPlanRunner>();

        Assert.Empty(await runner.FindInstancesAsync(new AlterationInstanceFilter()));
        Assert.Contains(instance.Id, await runner.FindInstancesAsync(new AlterationInstanceFilter { EmptyFilterSelectsAll = true }));
        Assert.Empty(await runner.FindInstancesAsync(new AlterationInstanceFilter { EmptyFilterSelectsAll = true, IsSystem = true }));
    }
}
