using ENamnd.Activities.Decisions;
using ENamnd.Activities.Email;
using ENamnd.Activities.Tasks;
using ENamnd.Activities.Tests.Approvals;
using ENamnd.Activities.Tests.Decisions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tests.Tasks;

/// <summary>Reminders and deadlines on a manual clock: a timer job that runs late shifts no later reminder.</summary>
public class TaskTimersTests
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task Should_KeepTheApprovalReminderSchedule_When_AReminderRunsLate()
    {
        var harness = new ApprovalHarness();
        var instance = await harness.StartAsync(ApprovalHarness.Approval(ApprovalHarness.Chair));

        // The day-3 reminder runs a day late; the next is still due at day 6, not day 7.
        await harness.AdvanceAsync(4 * Day);
        Assert.Equal(2, harness.Emails.Count);
        Assert.Equal(ApprovalHarness.Epoch + 6 * Day, ReminderOf(await harness.BookmarksOfAsync(instance.Id)).DueAt);

        await harness.AdvanceAsync(2 * Day);
        Assert.Equal(3, harness.Emails.Count);
    }

    [Fact]
    public async Task Should_SendOneReminderAndSkipTheMissedOnes_When_TheApprovalJobWasDownForDays()
    {
        var harness = new ApprovalHarness();
        var instance = await harness.StartAsync(ApprovalHarness.Approval(ApprovalHarness.Chair));

        await harness.AdvanceAsync(10 * Day);

        Assert.Equal(2, harness.Emails.Count);
        Assert.Equal(ApprovalHarness.Epoch + 12 * Day, ReminderOf(await harness.BookmarksOfAsync(instance.Id)).DueAt);
    }

    [Fact]
    public async Task Should_RemindTheSubstituteFromTheEscalation_When_TheDeadlineEscalates()
    {
        var harness = new ApprovalHarness();
        var approval = ApprovalHarness.Approval(ApprovalHarness.Chair);
        approval.Substitute = new(ApprovalHarness.Deputy);
        var instance = await harness.StartAsync(approval);

        await harness.AdvanceAsync(14 * Day);

        var bookmarks = await harness.BookmarksOfAsync(instance.Id);
        Assert.Equal(ApprovalHarness.Epoch + 17 * Day, ReminderOf(bookmarks).DueAt);
        Assert.Equal(ApprovalHarness.Epoch + 21 * Day, Assert.Single(bookmarks, b => b.Is(TaskTimers.Deadline)).DueAt);
    }

    [Fact]
    public async Task Should_CountTheTimeToAnswerInWorkingDays_When_TheActivitySaysSo()
    {
        // Asked on Monday 2 February 2026 at 16.00 with ten working days: Monday 16 February at 16.00, not Thursday the 12th.
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(new CollectMunicipalDecisions
        {
            Id = "Kommunbeslut",
            Municipalities = "Boden, Piteå",
            Question = "Vill kommunen delta?",
            Deadline = TimeSpan.FromDays(10),
            InWorkingDays = new(true),
        });

        var deadline = Assert.Single(await harness.BookmarksOfAsync(instance.Id), b => b.Is(TaskTimers.Deadline)).DueAt;
        Assert.Equal(new DateTimeOffset(2026, 2, 16, 16, 0, 0, TimeSpan.FromHours(1)), deadline);
        Assert.All(harness.OpenTasks, t => Assert.Equal(deadline, t.DueAt));
    }

    [Fact]
    public async Task Should_RemindOverdueWorkCountedFromTheDueTime_When_TheDeadlineRunsLate()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Work());

        // Down from day 0 to day 32: the deadline (day 30) reminds once, the missed day-7 reminder adds nothing.
        await harness.AdvanceAsync(32 * Day);
        Assert.Single(Reminders(harness));
        Assert.Equal(DecisionsHarness.Epoch + 37 * Day, ReminderOf(await harness.BookmarksOfAsync(instance.Id)).DueAt);

        await harness.AdvanceAsync(5 * Day);
        await harness.AdvanceAsync(7 * Day);

        Assert.Equal(3, Reminders(harness).Count);
        Assert.Equal(DecisionsHarness.Epoch + 51 * Day, ReminderOf(await harness.BookmarksOfAsync(instance.Id)).DueAt);
        Assert.Equal(WorkflowSubStatus.Suspended, (await harness.ReloadAsync(instance.Id)).SubStatus);
    }

    [Fact]
    public async Task Should_RemindWorkAtTheIntervalAndAtTheDeadline_When_TimersRunOnTime()
    {
        var harness = new DecisionsHarness();
        await harness.RunAsync(Work());

        for (var day = 1; day <= 44; day++) await harness.AdvanceAsync(Day);

        // Days 7, 14, 21 and 28, the deadline at day 30, then days 37 and 44.
        Assert.Equal(7, Reminders(harness).Count);
        Assert.Equal(DecisionsHarness.Epoch + 30 * Day, harness.OpenTasks.Single().DueAt);
    }

    [Fact]
    public async Task Should_SendNoReminderForTasksAboutToTimeOut_When_TheLastReminderRunsAfterTheDeadline()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(new CollectMunicipalDecisions
        {
            Id = "Kommunbeslut",
            Municipalities = "Boden, Kalix",
            Question = "Vill kommunen delta i förstudien?",
        });

        await harness.AdvanceAsync(31 * Day);

        Assert.Empty(Reminders(harness));
        Assert.All(harness.ClosedTasks, t => Assert.Equal(HumanTaskStatus.TimedOut, t.Status));
        Assert.Equal(WorkflowSubStatus.Finished, (await harness.ReloadAsync(instance.Id)).SubStatus);
    }

    private static AssignTask Work() => new()
    {
        Id = "Behovsanalys",
        Assignees = new("projektledare@example.org"),
        Title = new("Behovsanalys"),
        DueAfter = new(30 * Day),
        ReminderInterval = new(7 * Day),
    };

    private static Bookmark ReminderOf(IEnumerable<Bookmark> bookmarks) => Assert.Single(bookmarks, b => b.Is(TaskTimers.Reminder));

    private static List<EmailMessage> Reminders(DecisionsHarness harness) =>
        [.. harness.Emails.Where(e => e.Subject.StartsWith("Påminnelse", StringComparison.Ordinal))];
}
