using System.Text.Json.Nodes;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Activities.Tests.Decisions;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tests.Tasks;

/// <summary>The coordinator's commands on an open task: a reminder now, or another recipient, without answering it.</summary>
public class TaskCommandTests
{
    private const string Coordinator = "e-samordnaren";

    [Fact]
    public async Task Should_GiveTheTaskToTheNewRecipientOfTheSameMunicipality_When_Reassigned()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Question());
        var boden = harness.OpenTaskOf("Boden");

        var result = await CommandAsync(harness, boden.BookmarkId, new TaskCommand(TaskCommandKind.Reassign, Coordinator, new TaskRecipient("ny.boden@example.org", "Ny Bodensson")));

        Assert.Equal(ResumeOutcome.Resumed, result.Outcome);
        var change = Assert.Single(harness.RecordsOf<TaskChange>(TaskRecordKinds.Reassigned));
        Assert.Equal(boden.TaskId, change.TaskId);
        Assert.Equal(new TaskRecipient("ny.boden@example.org", "Ny Bodensson", DecisionsHarness.Code("Boden")), change.Recipient);
        Assert.Equal(Coordinator, change.By);
        var invitation = harness.Emails.Last();
        Assert.Equal("ny.boden@example.org", invitation.To.Single().Address);
        Assert.Equal(boden.TaskId, invitation.ThreadKey);
        // The task waits on the new bookmark only; an answer on it is the municipality's answer.
        var bookmarks = await harness.BookmarksOfAsync(instance.Id);
        Assert.DoesNotContain(bookmarks, b => b.Id == boden.BookmarkId);
        Assert.Contains(bookmarks, b => b.Id == change.BookmarkId);
        await harness.AnswerAsync(boden with { BookmarkId = change.BookmarkId!, Recipient = change.Recipient! }, CollectMunicipalDecisions.Join);
        await harness.AnswerAsync("Kalix", CollectMunicipalDecisions.Decline);
        Assert.Equal(WorkflowSubStatus.Finished, (await harness.ReloadAsync(instance.Id)).SubStatus);
        Assert.Equal(boden.TaskId, Assert.Single(harness.ClosedTasks, t => t.Outcome == CollectMunicipalDecisions.Join).TaskId);
    }

    [Fact]
    public async Task Should_SendAReminderAndRecordIt_When_TheCoordinatorReminds()
    {
        var harness = new DecisionsHarness();
        await harness.RunAsync(Question());
        var kalix = harness.OpenTaskOf("Kalix");

        await CommandAsync(harness, kalix.BookmarkId, new TaskCommand(TaskCommandKind.Remind, Coordinator));

        var change = Assert.Single(harness.RecordsOf<TaskChange>(TaskRecordKinds.Reminded));
        Assert.Equal((kalix.TaskId, Coordinator, DecisionsHarness.Epoch), (change.TaskId, change.By, change.At));
        var reminder = harness.Emails.Last();
        Assert.StartsWith("Påminnelse:", reminder.Subject, StringComparison.Ordinal);
        Assert.Equal(kalix.Recipient.Email, reminder.To.Single().Address);
        Assert.Equal(2, harness.OpenTasks.Count);
    }

    [Fact]
    public async Task Should_RecordEachScheduledReminder_When_TheTimerReminds()
    {
        var harness = new DecisionsHarness();
        await harness.RunAsync(Question());

        await harness.AdvanceAsync(TimeSpan.FromDays(7));

        var reminded = harness.RecordsOf<TaskChange>(TaskRecordKinds.Reminded);
        Assert.Equal(harness.OpenTasks.Select(t => t.TaskId).Order(), reminded.Select(r => r.TaskId).Order());
        Assert.All(reminded, r => Assert.Null(r.By));
    }

    [Fact]
    public async Task Should_ChangeNothing_When_TheTaskWasAnsweredBeforeTheCommand()
    {
        var harness = new DecisionsHarness();
        await harness.RunAsync(Question());
        var boden = harness.OpenTaskOf("Boden");
        await harness.AnswerAsync("Boden", CollectMunicipalDecisions.Join);
        var emails = harness.Emails.Count;

        var result = await CommandAsync(harness, boden.BookmarkId, new TaskCommand(TaskCommandKind.Remind, Coordinator));

        Assert.Equal(ResumeOutcome.AlreadyHandled, result.Outcome);
        Assert.Equal(emails, harness.Emails.Count);
        Assert.Empty(harness.RecordsOf<TaskChange>(TaskRecordKinds.Reminded));
    }

    private static CollectMunicipalDecisions Question() => new()
    {
        Id = "Kommunbeslut",
        Municipalities = "Boden, Kalix",
        Question = "Vill kommunen delta i förstudien?",
    };

    private static Task<ResumeResult> CommandAsync(DecisionsHarness harness, string bookmarkId, TaskCommand command) =>
        harness.Runtime.ResumeAsync(bookmarkId, new JsonObject { [TaskCommand.InputProperty] = ValueConverter.ToNode(command) });
}
