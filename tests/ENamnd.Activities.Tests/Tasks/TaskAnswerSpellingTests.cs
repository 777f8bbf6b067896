using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tests.Approvals;
using ENamnd.Activities.Tests.Decisions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tests.Tasks;

/// <summary>Every activity that reads a task's answer applies <see cref="ENamnd.Activities.Tasks.TaskChoices"/> and keeps the declared spelling.</summary>
public class TaskAnswerSpellingTests
{
    [Fact]
    public async Task Should_RequireEveryApprovalAndStoreDeclaredSpelling_When_ApproversAnswerInAnotherCase()
    {
        var harness = new ApprovalHarness();
        var approval = ApprovalHarness.Approval();
        approval.RequireAll = new(true);
        var instance = await harness.StartAsync(approval);

        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Chair), "approved");
        Assert.Equal(WorkflowSubStatus.Suspended, (await harness.ReloadAsync(instance.Id)).SubStatus);
        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Member), " APPROVED ");

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(ApprovalOutcomes.Approved, ApprovalHarness.ResultOf(instance));
        Assert.All(ApprovalHarness.OutputOf(instance, "Decisions")!.AsArray(), d => Assert.Equal(ApprovalOutcomes.Approved, (string?)d!["outcome"]));
        Assert.All(harness.Closed, c => Assert.Equal(ApprovalOutcomes.Approved, c.Outcome));
    }

    [Fact]
    public async Task Should_CompleteThroughTheDeclaredOutcome_When_SecretaryAnswerHasOtherCaseAndSpace()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(new AwaitCommitteeDecision { Id = "beslut", Matter = new Input<string>("Beslut om förstudie") });

        await harness.AnswerAsync(harness.OpenTasks.Single(), " tabled\n", "§ 14");

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal([AwaitCommitteeDecision.Tabled], DecisionsHarness.OutcomesOf(instance, "beslut"));
        Assert.Equal(AwaitCommitteeDecision.Tabled, harness.ClosedTasks.Single().Outcome);
    }
}
