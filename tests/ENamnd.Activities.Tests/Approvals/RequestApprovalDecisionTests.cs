using ENamnd.Activities.Approvals;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tests.Approvals;

public class RequestApprovalDecisionTests
{
    private readonly ApprovalHarness harness = new();

    [Fact]
    public async Task Should_CompleteApproved_When_FirstApproverApproves()
    {
        var instance = await harness.StartAsync(ApprovalHarness.Approval());

        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Member), ApprovalOutcomes.Approved, "Ser bra ut.");

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal(ApprovalOutcomes.Approved, ApprovalHarness.ResultOf(instance));
        Assert.Equal("Ser bra ut.", (string?)ApprovalHarness.OutputOf(instance, "Comment"));
        Assert.Equal(ApprovalHarness.Member, (string?)ApprovalHarness.OutputOf(instance, "DecidedBy"));
        var decision = Assert.Single(ApprovalHarness.OutputOf(instance, "Decisions")!.AsArray());
        Assert.Equal(ApprovalOutcomes.Approved, (string?)decision!["outcome"]);
        Assert.Equal("email-link", (string?)decision["channel"]);
    }

    [Fact]
    public async Task Should_CancelOtherApproversTasks_When_FirstDecisionDecides()
    {
        await harness.StartAsync(ApprovalHarness.Approval());

        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Member), ApprovalOutcomes.Approved);

        Assert.Equal(HumanTaskStatus.Decided, harness.ClosingOf(harness.TaskOf(ApprovalHarness.Member).TaskId).Status);
        Assert.Equal(HumanTaskStatus.Cancelled, harness.ClosingOf(harness.TaskOf(ApprovalHarness.Chair).TaskId).Status);
        var late = await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Chair), ApprovalOutcomes.Rejected);
        Assert.Equal(ResumeOutcome.AlreadyHandled, late.Outcome);
    }

    [Theory]
    [InlineData(ApprovalOutcomes.Rejected)]
    [InlineData(ApprovalOutcomes.Returned)]
    public async Task Should_CompleteThroughAnswer_When_ApproverRejectsOrReturns(string outcome)
    {
        var instance = await harness.StartAsync(ApprovalHarness.Approval());

        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Chair), outcome, "Budgeten saknas.");

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(outcome, ApprovalHarness.ResultOf(instance));
        Assert.Equal("Budgeten saknas.", (string?)ApprovalHarness.OutputOf(instance, "Comment"));
        var closed = harness.ClosingOf(harness.TaskOf(ApprovalHarness.Chair).TaskId);
        Assert.Equal(outcome, closed.Outcome);
        Assert.Equal("Budgeten saknas.", closed.Comment);
    }

    [Fact]
    public async Task Should_WaitForEveryone_When_RequireAllAndFirstApproves()
    {
        var approval = ApprovalHarness.Approval();
        approval.RequireAll = new(true);
        var instance = await harness.StartAsync(approval);

        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Member), ApprovalOutcomes.Approved, "Ja.");

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Suspended, instance.SubStatus);
        Assert.Null(ApprovalHarness.ResultOf(instance));

        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Chair), ApprovalOutcomes.Approved);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(ApprovalOutcomes.Approved, ApprovalHarness.ResultOf(instance));
        Assert.Equal($"{ApprovalHarness.Member}, {ApprovalHarness.Chair}", (string?)ApprovalHarness.OutputOf(instance, "DecidedBy"));
        Assert.Equal($"{ApprovalHarness.Member}: Ja.", (string?)ApprovalHarness.OutputOf(instance, "Comment"));
        Assert.Equal(2, ApprovalHarness.OutputOf(instance, "Decisions")!.AsArray().Count);
    }

    [Fact]
    public async Task Should_RejectAtOnce_When_RequireAllAndOneRejects()
    {
        var approval = ApprovalHarness.Approval();
        approval.RequireAll = new(true);
        var instance = await harness.StartAsync(approval);

        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Member), ApprovalOutcomes.Approved);
        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Chair), ApprovalOutcomes.Rejected, "Nej.");

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(ApprovalOutcomes.Rejected, ApprovalHarness.ResultOf(instance));
        Assert.Equal(ApprovalHarness.Chair, (string?)ApprovalHarness.OutputOf(instance, "DecidedBy"));
    }

    [Fact]
    public async Task Should_ReturnAtOnce_When_RequireAllAndFirstAnswerReturns()
    {
        var approval = ApprovalHarness.Approval();
        approval.RequireAll = new(true);
        var instance = await harness.StartAsync(approval);

        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Chair), ApprovalOutcomes.Returned);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(ApprovalOutcomes.Returned, ApprovalHarness.ResultOf(instance));
        Assert.Equal(HumanTaskStatus.Cancelled, harness.ClosingOf(harness.TaskOf(ApprovalHarness.Member).TaskId).Status);
    }

    [Fact]
    public async Task Should_Fault_When_AnswerIsNotAChoice()
    {
        var instance = await harness.StartAsync(ApprovalHarness.Approval());

        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Chair), "Kanske");

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("Okänt svar", Assert.Single(instance.Incidents).Message);
    }

    [Fact]
    public async Task Should_CloseOpenTasksAsCancelled_When_InstanceCancelled()
    {
        var instance = await harness.StartAsync(ApprovalHarness.Approval());

        await harness.Runtime.CancelAsync(instance.Id);

        Assert.Equal(2, harness.Closed.Count);
        Assert.All(harness.Closed, c => Assert.Equal(HumanTaskStatus.Cancelled, c.Status));
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }
}
