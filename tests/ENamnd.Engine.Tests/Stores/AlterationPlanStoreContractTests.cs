using ENamnd.Engine.Runtime;
using ENamnd.Engine.Runtime.Alterations;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Tests.Stores;

/// <summary>
/// What every alteration plan store must do, run against each by subclassing. Tests use fresh ids, so a subclass may
/// share its storage between tests; times are whole seconds in UTC so that database round trips keep them exactly.
/// </summary>
public abstract class AlterationPlanStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The store to test.</summary>
    protected abstract Task<IAlterationPlanStore> CreateStoreAsync();

    [Fact]
    public async Task Should_ReturnPlanWithAlterationsFilterAndJobs_When_Added()
    {
        var store = await CreateStoreAsync();
        var (plan, jobs) = NewPlan(2);

        await store.AddAsync(plan, jobs);

        var found = await store.FindAsync(plan.Id);
        Assert.NotNull(found);
        Assert.Equal(AlterationJson.WriteAll(plan.Alterations).ToJsonString(), AlterationJson.WriteAll(found.Alterations).ToJsonString());
        Assert.Equal(plan.Filter.WorkflowInstanceIds, found.Filter.WorkflowInstanceIds);
        Assert.Equal(plan.Filter.SubStatuses, found.Filter.SubStatuses);
        Assert.Equal(plan.Filter.HasIncidents, found.Filter.HasIncidents);
        Assert.Equal((AlterationPlanStatus.Pending, Now, (DateTimeOffset?)null), (found.Status, found.CreatedAt, found.StartedAt));
        Assert.Equal(jobs.Select(j => (j.Id, j.WorkflowInstanceId, j.Status)), (await store.ListJobsAsync(plan.Id)).Select(j => (j.Id, j.WorkflowInstanceId, j.Status)));
        Assert.Null(await store.FindAsync("saknas-" + Guid.NewGuid()));
        Assert.Contains(plan.Id, await store.ListUnfinishedAsync());
    }

    [Fact]
    public async Task Should_LetOneClaimWin_And_ReclaimOnlyStaleJobs_When_JobsClaimed()
    {
        var store = await CreateStoreAsync();
        var (plan, jobs) = NewPlan(1);
        await store.AddAsync(plan, jobs);
        var job = jobs[0].Id;

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.TryClaimJobAsync(job, Now, Now.AddMinutes(-10))));
        var early = await store.TryClaimJobAsync(job, Now.AddMinutes(5), Now.AddMinutes(-5));
        var stale = await store.TryClaimJobAsync(job, Now.AddMinutes(20), Now.AddMinutes(10));

        Assert.Equal(1, claims.Count(c => c));
        Assert.False(early);
        Assert.True(stale);
        var claimed = Assert.Single(await store.ListJobsAsync(plan.Id));
        Assert.Equal((AlterationJobStatus.Running, (DateTimeOffset?)Now.AddMinutes(20)), (claimed.Status, claimed.StartedAt));
    }

    [Fact]
    public async Task Should_KeepLogAndOutcome_When_JobFinished_And_LeaveUnfinished_When_PlanCompleted()
    {
        var store = await CreateStoreAsync();
        var (plan, jobs) = NewPlan(1);
        await store.AddAsync(plan, jobs);
        var log = new List<AlterationLogEntry>
        {
            new("Variabeln Klar fick ett nytt värde.", LogLevel.Information, Now, "ModifyVariable lyckades"),
            new("Aktiviteten \"x\" finns inte i arbetsflödet.", LogLevel.Error, Now.AddSeconds(1)),
        };

        await store.TryClaimJobAsync(jobs[0].Id, Now, Now);
        await store.FinishJobAsync(jobs[0].Id, AlterationJobStatus.Failed, log, Now.AddSeconds(2));
        await store.SetPlanStatusAsync(plan.Id, AlterationPlanStatus.Running, Now.AddSeconds(1));
        await store.SetPlanStatusAsync(plan.Id, AlterationPlanStatus.Completed, Now.AddSeconds(3));

        var job = Assert.Single(await store.ListJobsAsync(plan.Id));
        Assert.Equal((AlterationJobStatus.Failed, (DateTimeOffset?)Now.AddSeconds(2)), (job.Status, job.CompletedAt));
        Assert.Equal(log, job.Log);
        var found = (await store.FindAsync(plan.Id))!;
        Assert.Equal((AlterationPlanStatus.Completed, (DateTimeOffset?)Now.AddSeconds(1), (DateTimeOffset?)Now.AddSeconds(3)), (found.Status, found.StartedAt, found.CompletedAt));
        Assert.DoesNotContain(plan.Id, await store.ListUnfinishedAsync());
    }

    private static (AlterationPlan Plan, List<AlterationJob> Jobs) NewPlan(int jobCount)
    {
        var id = $"plan-{Guid.NewGuid():N}";
        var plan = new AlterationPlan
        {
            Id = id,
            Alterations = [new ModifyVariable("Klar", true), new ScheduleActivity("flaky", null), new Migrate(3), new CancelActivity(null, "ctx1"), new Cancel()],
            Filter = new AlterationInstanceFilter { WorkflowInstanceIds = ["i1", "i2"], SubStatuses = [WorkflowSubStatus.Faulted], HasIncidents = true },
            Status = AlterationPlanStatus.Pending,
            CreatedAt = Now,
        };
        var jobs = Enumerable.Range(0, jobCount)
            .Select(i => new AlterationJob { Id = $"{id}-job{i}", PlanId = id, WorkflowInstanceId = $"i{i}", Status = AlterationJobStatus.Pending, CreatedAt = Now.AddSeconds(i) })
            .ToList();
        return (plan, jobs);
    }
}
