using ENamnd.Activities.Approvals;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tests.Approvals;

public class RequestApprovalTimerTests
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private readonly ApprovalHarness harness = new();

    [Fact]
    public async Task Should_RemindInTaskThread_When_IntervalPasses()
    {
        await harness.StartAsync(ApprovalHarness.Approval(ApprovalHarness.Chair));
        var task = harness.TaskOf(ApprovalHarness.Chair);

        for (var i = 0; i < 4; i++) await harness.AdvanceAsync(3 * Day);

        // Invitation at day 0, reminders at days 3, 6, 9 and 12; the next would come after the deadline (day 14).
        Assert.Equal(5, harness.Emails.Count);
        Assert.All(harness.Emails, e => Assert.Equal(task.TaskId, e.ThreadKey));
        Assert.All(harness.Emails.Skip(1), e => Assert.StartsWith("Påminnelse: Godkännande av projektplan", e.Subject));
        await harness.AdvanceAsync(1 * Day);
        Assert.Equal(5, harness.Emails.Count);
    }

    [Fact]
    public async Task Should_StopReminding_When_Decided()
    {
        var instance = await harness.StartAsync(ApprovalHarness.Approval(ApprovalHarness.Chair));
        await harness.AdvanceAsync(3 * Day);
        Assert.Equal(2, harness.Emails.Count);

        await harness.DecideAsync(harness.TaskOf(ApprovalHarness.Chair), ApprovalOutcomes.Approved);
        for (var i = 0; i < 10; i++) await harness.AdvanceAsync(3 * Day);

        Assert.Equal(2, harness.Emails.Count);
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
    }

    [Fact]
    public async Task Should_SendNoReminders_When_IntervalIsZero()
    {
        var approval = ApprovalHarness.Approval(ApprovalHarness.Chair);
        approval.ReminderInterval = new(TimeSpan.Zero);
        await harness.StartAsync(approval);

        for (var i = 0; i < 13; i++) await harness.AdvanceAsync(Day);

        Assert.Single(harness.Emails);
    }

    [Fact]
    public async Task Should_TimeOut_When_DeadlinePassesWithoutSubstitute()
    {
        var instance = await harness.StartAsync(ApprovalHarness.Approval());

        await harness.AdvanceAsync(14 * Day);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(ApprovalOutcomes.TimedOut, ApprovalHarness.ResultOf(instance));
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal(2, harness.Closed.Count);
        Assert.All(harness.Closed, c => Assert.Equal(HumanTaskStatus.TimedOut, c.Status));
    }

    [Fact]
    public async Task Should_NotTimeOut_When_DeadlineNotYetReached()
    {
        var instance = await harness.StartAsync(ApprovalHarness.Approval());

        await harness.AdvanceAsync(14 * Day - TimeSpan.FromMinutes(1));

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Suspended, instance.SubStatus);
        Assert.Empty(harness.Closed);
    }

    [Fact]
    public async Task Should_EscalateToSubstitute_When_DeadlinePasses()
    {
        var approval = ApprovalHarness.Approval(ApprovalHarness.Chair);
        approval.Substitute = new("roll:ersättare");
        var instance = await harness.StartAsync(approval);
        var original = harness.TaskOf(ApprovalHarness.Chair);

        await harness.AdvanceAsync(14 * Day);

        Assert.Equal(HumanTaskStatus.Escalated, harness.ClosingOf(original.TaskId).Status);
        var escalated = harness.TaskOf(ApprovalHarness.Deputy);
        Assert.Equal(harness.Clock.GetUtcNow() + 7 * Day, escalated.DueAt);
        Assert.StartsWith("Frågan har gått vidare till dig som ersättare", escalated.Question);
        Assert.Contains(harness.Emails, e => e.ThreadKey == escalated.TaskId && e.To.Single().Address == ApprovalHarness.Deputy);
        Assert.Equal(WorkflowSubStatus.Suspended, (await harness.ReloadAsync(instance.Id)).SubStatus);

        await harness.DecideAsync(escalated, ApprovalOutcomes.Approved, "Godkänt i ordförandens ställe.");

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(ApprovalOutcomes.Approved, ApprovalHarness.ResultOf(instance));
        Assert.Equal(ApprovalHarness.Deputy, (string?)ApprovalHarness.OutputOf(instance, "DecidedBy"));
    }

    [Fact]
    public async Task Should_TimeOut_When_SubstituteDoesNotAnswerInTime()
    {
        var approval = ApprovalHarness.Approval(ApprovalHarness.Chair);
        approval.Substitute = new(ApprovalHarness.Deputy);
        approval.EscalationDeadline = new(2 * Day);
        var instance = await harness.StartAsync(approval);

        await harness.AdvanceAsync(14 * Day);
        await harness.AdvanceAsync(2 * Day);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(ApprovalOutcomes.TimedOut, ApprovalHarness.ResultOf(instance));
        Assert.Equal(HumanTaskStatus.TimedOut, harness.ClosingOf(harness.TaskOf(ApprovalHarness.Deputy).TaskId).Status);
    }

    [Fact]
    public async Task Should_FaultAtStart_When_SubstituteRoleHasNoHolder()
    {
        var approval = ApprovalHarness.Approval(ApprovalHarness.Chair);
        approval.Substitute = new("roll:upphandlare");

        var instance = await harness.StartAsync(approval);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("upphandlare", Assert.Single(instance.Incidents).Message);
        Assert.Empty(harness.Opened);
    }
}
