using ENamnd.Activities.Tasks;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Tasks;

/// <summary>The task record writers' contract, run against every database provider.</summary>
public abstract class TaskRecordWriterContractTests : IAsyncLifetime
{
    private TaskStoreHarness harness = null!;

    protected string DataDirectory { get; } = Directory.CreateTempSubdirectory("enamnd-taskstore-").FullName;

    protected abstract Task<DatabaseSettings> DatabaseAsync();

    public async Task InitializeAsync() => harness = await TaskStoreHarness.StartAsync(await DatabaseAsync(), DataDirectory);

    public virtual async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }

    [Fact]
    public async Task Should_StoreOpenTaskWithTokenHashOnly_When_TaskOpened()
    {
        var task = TaskStoreHarness.NewTask();

        await harness.CommitAsync(task, (TaskRecordKinds.Opened, task));

        var row = await harness.TaskAsync(task.TaskId);
        Assert.NotNull(row);
        Assert.Equal(HumanTaskStatus.Open, row.Status);
        Assert.Equal(task.BookmarkId, row.BookmarkId);
        Assert.Equal("2514", row.MunicipalityCode);
        Assert.True(row.AsksForReference);
        Assert.Equal(task.DueAt, row.DueAt);
        Assert.Equal(task.ExpiresAt, row.ExpiresAt);
        Assert.Contains("\"Vi deltar\"", row.Choices);
        var token = harness.Services.GetRequiredService<TaskTokens>().TokenFor(task.TaskId);
        Assert.Equal(TaskTokens.HashOf(token), row.TokenHash);
        Assert.NotEqual(token, row.TokenHash);
    }

    [Fact]
    public async Task Should_CloseTaskAndAppendDecision_When_Decided()
    {
        var task = TaskStoreHarness.NewTask();
        await harness.CommitAsync(task, (TaskRecordKinds.Opened, task));

        await harness.CommitAsync(task, (TaskRecordKinds.Closed, TaskStoreHarness.Decision(task)));

        var row = await harness.TaskAsync(task.TaskId);
        Assert.Equal(HumanTaskStatus.Decided, row!.Status);
        Assert.Equal("Join", row.Outcome);
        Assert.Equal(TaskStoreHarness.OpenedAt.AddHours(1), row.ClosedAt);
        var decision = Assert.Single(await harness.DecisionsAsync(task.TaskId));
        Assert.Equal("Join", decision.Outcome);
        Assert.Equal("Kommunstyrelsen 2022-03-01 § 45", decision.Reference);
        Assert.Equal(task.Recipient.Email, decision.DecidedBy);
        Assert.Equal("email-link", decision.Channel);
        Assert.Equal(4, decision.DefinitionVersion);
        Assert.Equal("2022/3-2.2.0.1", decision.CaseNumber);
        Assert.Equal(TaskStoreHarness.OpenedAt.AddHours(1), decision.DecidedAtUtc);
        Assert.Equal("2022-03-16 14:05:00 +01:00", decision.DecidedAtLocal);
    }

    [Theory]
    [InlineData(HumanTaskStatus.Cancelled)]
    [InlineData(HumanTaskStatus.Escalated)]
    [InlineData(HumanTaskStatus.TimedOut)]
    public async Task Should_CloseWithoutDecision_When_WorkflowClosesTask(HumanTaskStatus status)
    {
        var task = TaskStoreHarness.NewTask();
        await harness.CommitAsync(task, (TaskRecordKinds.Opened, task));

        await harness.CommitAsync(task, (TaskRecordKinds.Closed, TaskStoreHarness.Decision(task, status)));

        Assert.Equal(status, (await harness.TaskAsync(task.TaskId))!.Status);
        Assert.Empty(await harness.DecisionsAsync(task.TaskId));
    }

    [Fact]
    public async Task Should_RollBackWholeStep_When_TaskAlreadyClosed()
    {
        var task = TaskStoreHarness.NewTask();
        var other = TaskStoreHarness.NewTask() with { InstanceId = task.InstanceId };
        await harness.CommitAsync(task, (TaskRecordKinds.Opened, task));
        await harness.CommitAsync(task, (TaskRecordKinds.Closed, TaskStoreHarness.Decision(task)));

        var error = await Assert.ThrowsAsync<StepRecordRejectedException>(() =>
            harness.CommitAsync(task, (TaskRecordKinds.Opened, other), (TaskRecordKinds.Closed, TaskStoreHarness.Decision(task) with { Outcome = "Decline" })));

        Assert.Equal(TaskRecordKinds.Closed, error.Kind);
        Assert.Null(await harness.TaskAsync(other.TaskId));
        Assert.Equal("Join", Assert.Single(await harness.DecisionsAsync(task.TaskId)).Outcome);
    }

    [Fact]
    public async Task Should_CloseTask_When_OpenedAndClosedInOneStep()
    {
        var task = TaskStoreHarness.NewTask();

        await harness.CommitAsync(task, (TaskRecordKinds.Opened, task), (TaskRecordKinds.Closed, TaskStoreHarness.Decision(task, HumanTaskStatus.Cancelled)));

        Assert.Equal(HumanTaskStatus.Cancelled, (await harness.TaskAsync(task.TaskId))!.Status);
    }

    [Fact]
    public async Task Should_RefuseChanges_When_DecisionRowUpdatedOrDeleted()
    {
        var task = TaskStoreHarness.NewTask();
        await harness.CommitAsync(task, (TaskRecordKinds.Opened, task), (TaskRecordKinds.Closed, TaskStoreHarness.Decision(task)));
        await using var db = await harness.ContextAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE decisions SET outcome = 'Decline'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM decisions"));

        Assert.Equal("Join", Assert.Single(await harness.DecisionsAsync(task.TaskId)).Outcome);
    }
}
