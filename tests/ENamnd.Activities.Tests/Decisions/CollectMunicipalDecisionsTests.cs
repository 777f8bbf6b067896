using ENamnd.Activities.Decisions;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using static ENamnd.Activities.Tests.Decisions.DecisionsHarness;

namespace ENamnd.Activities.Tests.Decisions;

public class CollectMunicipalDecisionsTests
{
    private static readonly string[] Decliners = ["Arjeplog", "Jokkmokk", "Övertorneå"];

    [Fact]
    public async Task Should_CompleteEnoughWithElevenParticipants_When_ThreeOfFourteenDecline()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Collect("alla"));
        Assert.Equal(14, harness.OpenTasks.Count);
        Assert.Equal(14, harness.Emails.Count);

        foreach (var municipality in MunicipalityRegistry.Default.All)
        {
            await harness.AnswerAsync(municipality.Name, Decliners.Contains(municipality.Name) ? CollectMunicipalDecisions.Decline : CollectMunicipalDecisions.Join);
        }

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal([CollectMunicipalDecisions.Enough], OutcomesOf(instance, "Kommunbeslut"));
        var participants = OutputOf<List<string>>(instance, "Kommunbeslut", "Participants");
        Assert.Equal(11, participants.Count);
        Assert.Equal(MunicipalityRegistry.Default.All.Where(m => !Decliners.Contains(m.Name)).Select(m => m.Code), participants);
        Assert.Equal(Decliners.Select(Code), OutputOf<List<string>>(instance, "Kommunbeslut", "Decliners"));
        Assert.Empty(OutputOf<List<string>>(instance, "Kommunbeslut", "Unanswered"));
        Assert.Equal(14, OutputOf<List<MunicipalDecision>>(instance, "Kommunbeslut", "Decisions").Count);
        Assert.All(harness.ClosedTasks, task => Assert.Equal(HumanTaskStatus.Decided, task.Status));
        Assert.Empty(harness.OpenTasks);
    }

    [Fact]
    public async Task Should_CompleteNotEnoughAndTimeOutTheRest_When_OnlyOneAnswersByTheDeadline()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Collect("Boden, Piteå, Kalix, 2580"));
        await harness.AdvanceAsync(TimeSpan.FromDays(2));
        await harness.AnswerAsync("Piteå", CollectMunicipalDecisions.Join);

        await harness.AdvanceAsync(TimeSpan.FromDays(28));

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal([CollectMunicipalDecisions.NotEnough], OutcomesOf(instance, "Kommunbeslut"));
        Assert.Equal([Code("Piteå")], OutputOf<List<string>>(instance, "Kommunbeslut", "Participants"));
        Assert.Equal(new[] { "Boden", "Kalix", "Luleå" }.Select(Code), OutputOf<List<string>>(instance, "Kommunbeslut", "Unanswered"));
        Assert.Equal(3, harness.ClosedTasks.Count(t => t.Status == HumanTaskStatus.TimedOut));
        Assert.Equal(Epoch + TimeSpan.FromDays(30), harness.ClosedTasks.Where(t => t.Status == HumanTaskStatus.TimedOut).Select(t => t.ClosedAt).Distinct().Single());
    }

    [Fact]
    public async Task Should_RemindOpenTasksInTheirThreadAtTheInterval_When_AnswersAreMissing()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Collect("Boden, Piteå, Kalix"));
        var pitea = harness.OpenTaskOf("Piteå").TaskId;
        await harness.AdvanceAsync(TimeSpan.FromDays(2));
        await harness.AnswerAsync("Piteå", CollectMunicipalDecisions.Join);

        for (var day = 3; day <= 30; day++) await harness.AdvanceAsync(TimeSpan.FromDays(1));

        var reminders = harness.Emails.Where(e => e.Subject.StartsWith("Påminnelse", StringComparison.Ordinal)).ToList();
        // Days 7, 14, 21 and 28, for the two open tasks; the deadline is day 30.
        Assert.Equal(8, reminders.Count);
        var open = harness.OpenedTasks.Where(t => t.TaskId != pitea).Select(t => t.TaskId).ToList();
        Assert.All(reminders, reminder => Assert.Contains(reminder.ThreadKey, open));
        Assert.All(open, taskId => Assert.Equal(4, reminders.Count(r => r.ThreadKey == taskId)));
        var before = harness.Emails.Count;

        await harness.AdvanceAsync(TimeSpan.FromDays(60));

        Assert.Equal(before, harness.Emails.Count);
        Assert.Equal(WorkflowSubStatus.Finished, (await harness.ReloadAsync(instance.Id)).SubStatus);
    }

    [Fact]
    public async Task Should_SendNoReminders_When_EveryoneAnswersBeforeTheFirst()
    {
        var harness = new DecisionsHarness();
        await harness.RunAsync(Collect("Boden, Piteå"));
        await harness.AnswerAsync("Boden", CollectMunicipalDecisions.Join);
        await harness.AnswerAsync("Piteå", CollectMunicipalDecisions.Join);

        await harness.AdvanceAsync(TimeSpan.FromDays(40));

        Assert.Equal(2, harness.Emails.Count);
    }

    [Fact]
    public async Task Should_AskAboutTimeAndPeopleOnly_When_TheRoundCostsNothing()
    {
        var harness = new DecisionsHarness();
        var activity = Collect("Kalix, Boden");
        activity.Financed = new Input<bool>(false);
        var instance = await harness.RunAsync(activity);

        var kalix = harness.OpenTaskOf("Kalix");
        Assert.Equal(["Deltar", "Deltar inte"], kalix.Choices.Select(c => c.Label));
        Assert.Contains("deltar kommunen i arbetet med tid och personer, eller deltar den inte? Svaret innebär ingen kostnad.", kalix.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("finansierar", kalix.Question, StringComparison.Ordinal);
        await harness.AnswerAsync("Kalix", CollectMunicipalDecisions.Join);
        await harness.AnswerAsync("Boden", CollectMunicipalDecisions.Join);

        Assert.Equal([CollectMunicipalDecisions.Enough], OutcomesOf(await harness.ReloadAsync(instance.Id), "Kommunbeslut"));
    }

    [Fact]
    public async Task Should_RecordTheDecisionReference_When_TheMunicipalityGivesBodyDateAndParagraph()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Collect("Kalix, Boden"));
        Assert.All(harness.OpenedTasks, task => Assert.True(task.AsksForReference));
        await harness.AdvanceAsync(TimeSpan.FromDays(3));

        await harness.AnswerAsync("Kalix", CollectMunicipalDecisions.Join, "Kommunstyrelsen 2026-02-03 § 45");
        await harness.AnswerAsync("Boden", CollectMunicipalDecisions.Decline);

        instance = await harness.ReloadAsync(instance.Id);
        var kalix = OutputOf<List<MunicipalDecision>>(instance, "Kommunbeslut", "Decisions").First(d => d.Name == "Kalix");
        Assert.Equal("Kommunstyrelsen 2026-02-03 § 45", kalix.Reference);
        Assert.Equal(Code("Kalix"), kalix.Code);
        Assert.Equal(CollectMunicipalDecisions.Join, kalix.Outcome);
        Assert.Equal(RepresentativeEmail(Code("Kalix")), kalix.DecidedBy);
        Assert.Equal(Epoch + TimeSpan.FromDays(3), kalix.At);
        Assert.Contains(harness.ClosedTasks, t => t.Reference == "Kommunstyrelsen 2026-02-03 § 45" && t.Status == HumanTaskStatus.Decided);
        Assert.Equal([CollectMunicipalDecisions.NotEnough], OutcomesOf(instance, "Kommunbeslut"));
    }

    [Fact]
    public async Task Should_CloseEveryOpenTask_When_TheInstanceIsCancelled()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Collect("Boden, Piteå, Kalix"));
        await harness.AnswerAsync("Boden", CollectMunicipalDecisions.Join);

        await harness.Runtime.CancelAsync(instance.Id);

        Assert.Empty(harness.OpenTasks);
        Assert.Equal(2, harness.ClosedTasks.Count(t => t.Status == HumanTaskStatus.Cancelled));
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
        var before = harness.Emails.Count;
        await harness.AdvanceAsync(TimeSpan.FromDays(40));
        Assert.Equal(before, harness.Emails.Count);
    }

    [Fact]
    public async Task Should_FaultNamingTheMunicipality_When_ItHasNoRepresentative()
    {
        var harness = new DecisionsHarness("Pajala");

        var instance = await harness.RunAsync(Collect("Kiruna, Pajala, Gällivare"));

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Contains("Beredningsgruppen saknar representant för Pajala", instance.Incidents.Single().Message);
        Assert.Empty(harness.OpenedTasks);
        Assert.Empty(harness.Emails);
    }

    [Fact]
    public async Task Should_Fault_When_AMunicipalityIsUnknown()
    {
        var harness = new DecisionsHarness();

        var instance = await harness.RunAsync(Collect("Kiruna, Stockholm"));

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Equal("Okänd kommun: \"Stockholm\".", instance.Incidents.Single().Message);
    }

    [Theory]
    [InlineData("Boden", "Svara för Bodens kommun:")]
    [InlineData("Arjeplog", "Svara för Arjeplogs kommun:")]
    [InlineData("Älvsbyn", "Svara för Älvsbyns kommun:")]
    [InlineData("Gällivare", "Svara för Gällivare kommun:")]
    public async Task Should_AskByTheOfficialName_When_AMunicipalityIsAsked(string municipality, string expected)
    {
        var harness = new DecisionsHarness();

        await harness.RunAsync(Collect("Boden, Arjeplog, Älvsbyn, Gällivare"));

        Assert.Contains(expected, harness.OpenTaskOf(municipality).Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_AskTheNewcomerToo_When_AMunicipalityJoinsWhileTheParticipantsDecide()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Collect("Boden, Piteå"));

        var join = (await harness.BookmarksOfAsync(instance.Id)).Single(b => b.Name == LateJoins.BookmarkName);
        await harness.Runtime.ResumeAsync(join.Id, LateJoins.Input(Code("Kalix"), "e-samordnaren"));

        Assert.Equal(3, harness.OpenTasks.Count);
        Assert.Equal(harness.OpenTaskOf("Boden").DueAt, harness.OpenTaskOf("Kalix").DueAt);
        foreach (var name in new[] { "Boden", "Piteå", "Kalix" }) await harness.AnswerAsync(name, CollectMunicipalDecisions.Join);
        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(new[] { "Boden", "Piteå", "Kalix" }.Select(Code), OutputOf<List<string>>(instance, "Kommunbeslut", "Participants"));
    }

    [Fact]
    public async Task Should_CountAMunicipalityThatDeclinedAndThenJoinedTheCase_When_TheRoundEnds()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Collect("Boden, Piteå, Kalix"));
        await harness.AnswerAsync("Kalix", CollectMunicipalDecisions.Decline);

        var join = (await harness.BookmarksOfAsync(instance.Id)).Single(b => b.Name == LateJoins.BookmarkName);
        await harness.Runtime.ResumeAsync(join.Id, LateJoins.Input(Code("Kalix"), "e-samordnaren"));
        await harness.AnswerAsync("Boden", CollectMunicipalDecisions.Join);
        await harness.AnswerAsync("Piteå", CollectMunicipalDecisions.Join);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(new[] { "Boden", "Piteå", "Kalix" }.Select(Code), OutputOf<List<string>>(instance, "Kommunbeslut", "Participants"));
        Assert.Empty(OutputOf<List<string>>(instance, "Kommunbeslut", "Decliners"));
    }

    private static CollectMunicipalDecisions Collect(string municipalities) => new()
    {
        Id = "Kommunbeslut",
        Municipalities = municipalities,
        Question = "Vill kommunen delta i och finansiera förstudien om gemensam e-arkivlösning?",
    };
}
