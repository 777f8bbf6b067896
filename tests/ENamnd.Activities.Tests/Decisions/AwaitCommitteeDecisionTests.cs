using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using static ENamnd.Activities.Tests.Decisions.DecisionsHarness;

namespace ENamnd.Activities.Tests.Decisions;

public class AwaitCommitteeDecisionTests
{
    private const string Id = "Namndbeslut";
    private static readonly DateTimeOffset Meeting = new(2026, 3, 16, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Should_PutTheMatterOnTheAgendaAndCompleteApproved_When_TheSecretaryRecordsBifallWithParagraph()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Await(Meeting), workflow => workflow.WithVariable("Projekt", "e-arkiv"));
        var task = harness.OpenTasks.Single();
        Assert.Equal(SecretaryEmail, task.Recipient.Email);
        Assert.True(task.AsksForReference);
        Assert.Equal(["Approved", "Rejected", "Tabled", "ReturnedForRevision"], task.Choices.Select(c => c.Value));
        Assert.Equal(["Bifall", "Avslag", "Bordlagt", "Återremitterat"], task.Choices.Select(c => c.Label));
        Assert.Contains("nämndens sammanträde 16 mars 2026 kl. 13:00", task.Question);
        Assert.Equal("Förstudierapport", task.Documents.Single().Title);
        var item = harness.RecordsOf<AgendaItem>(AgendaRecordKinds.Item).Single();
        Assert.Equal((CaseNumber, "Beslut om förstudie e-arkiv", Meeting, instance.Id), (item.CaseNumber, item.Matter, item.MeetingDate, item.InstanceId));
        Assert.Equal([task.TaskId], item.TaskIds);
        Assert.Equal([task.BookmarkId], item.BookmarkIds);
        await harness.AdvanceAsync(TimeSpan.FromDays(45));

        await harness.AnswerAsync(task, AwaitCommitteeDecision.Approved, "§ 12", "Beslutet justeras den 30 mars.");

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal([AwaitCommitteeDecision.Approved], OutcomesOf(instance, Id));
        Assert.Equal("§ 12", OutputOf<string>(instance, Id, "Paragraph"));
        Assert.Equal(Epoch + TimeSpan.FromDays(45), OutputOf<DateTimeOffset>(instance, Id, "DecidedAt"));
        Assert.Equal("Beslutet justeras den 30 mars.", OutputOf<string>(instance, Id, "Comment"));
        Assert.Equal((HumanTaskStatus.Decided, "§ 12"), (harness.ClosedTasks.Single().Status, harness.ClosedTasks.Single().Reference));
    }

    [Fact]
    public async Task Should_CompleteTabled_When_TheCommitteeTablesTheMatter()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Await(meeting: null));
        Assert.StartsWith("Ärendet ”Beslut om förstudie” är anmält till nämnden.", harness.OpenTasks.Single().Question, StringComparison.Ordinal);
        Assert.Null(harness.RecordsOf<AgendaItem>(AgendaRecordKinds.Item).Single().MeetingDate);

        await harness.AnswerAsync(harness.OpenTasks.Single(), AwaitCommitteeDecision.Tabled, "§ 14");

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal([AwaitCommitteeDecision.Tabled], OutcomesOf(instance, Id));
        Assert.Equal("§ 14", OutputOf<string>(instance, Id, "Paragraph"));
    }

    [Fact]
    public async Task Should_WaitForTheJusteringAndContinueThen_When_ABifallIsRecordedForTheMeeting()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Await(Meeting));
        var task = harness.OpenTasks.Single();

        await RecordForTheMeetingAsync(harness, task, AwaitCommitteeDecision.Approved);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Suspended, instance.SubStatus);
        Assert.Equal("§ 21", OutputOf<string>(instance, Id, "Paragraph"));
        Assert.Equal(HumanTaskStatus.Decided, harness.ClosedTasks.Single().Status);
        var inForce = Assert.Single(await harness.BookmarksOfAsync(instance.Id), b => b.Is(AwaitCommitteeDecision.InForce));
        Assert.Equal(task.TaskId, (string?)inForce.Payload?["taskId"]);

        await harness.Runtime.ResumeAsync(inForce.Id);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal([AwaitCommitteeDecision.Approved], OutcomesOf(instance, Id));
    }

    [Theory]
    [InlineData(AwaitCommitteeDecision.Tabled)]
    [InlineData(AwaitCommitteeDecision.ReturnedForRevision)]
    public async Task Should_ContinueAtOnce_When_TheCommitteeTablesOrReturnsTheMatterAtTheMeeting(string outcome)
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Await(Meeting));

        await RecordForTheMeetingAsync(harness, harness.OpenTasks.Single(), outcome);

        Assert.Equal([outcome], OutcomesOf(await harness.ReloadAsync(instance.Id), Id));
    }

    [Fact]
    public async Task Should_KeepTheLinkValidPastTheMeeting_When_TheMeetingIsMonthsAway()
    {
        var harness = new DecisionsHarness();

        await harness.RunAsync(Await(Epoch + TimeSpan.FromDays(120)));

        Assert.True(harness.OpenTasks.Single().ExpiresAt > Epoch + TimeSpan.FromDays(150));
    }

    [Fact]
    public async Task Should_FileTheMatterAndTheSecretarysTaskUnderTheNamedCase_When_ACaseNumberIsGiven()
    {
        var harness = new DecisionsHarness();
        var decision = Await(Meeting);
        decision.CaseNumber = new Input<string?>("2021/29-2.2.0.1");
        decision.Summary = new Input<string?>("Förslag till beslut: nytt projekt.");

        await harness.RunAsync(decision);

        var task = harness.OpenTasks.Single();
        Assert.Equal("2021/29-2.2.0.1", harness.RecordsOf<AgendaItem>(AgendaRecordKinds.Item).Single().CaseNumber);
        Assert.Equal("2021/29-2.2.0.1", task.CaseNumber);
        Assert.EndsWith("\n\nFörslag till beslut: nytt projekt.", task.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_PlaceTheMatterForTheNextMeeting_When_ItsMeetingDayHasPassed()
    {
        var harness = new DecisionsHarness();

        await harness.RunAsync(Await(Epoch - TimeSpan.FromDays(1)));

        Assert.Null(harness.RecordsOf<AgendaItem>(AgendaRecordKinds.Item).Single().MeetingDate);
        Assert.Contains("är anmält till nämnden.", harness.OpenTasks.Single().Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_KeepTheMeeting_When_ItIsToday()
    {
        var harness = new DecisionsHarness();
        var today = Epoch - TimeSpan.FromHours(1);

        await harness.RunAsync(Await(today));

        Assert.Equal(today, harness.RecordsOf<AgendaItem>(AgendaRecordKinds.Item).Single().MeetingDate);
    }

    [Fact]
    public async Task Should_FaultWithoutAnsweringTwice_When_TheAnswerIsNotAChoice()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Await(Meeting));

        await harness.AnswerAsync(harness.OpenTasks.Single(), "Maybe");

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.StartsWith("Svaret 'Maybe' är inget av alternativen", instance.Incidents.Single().Message);
    }

    [Fact]
    public async Task Should_CloseTheSecretaryTask_When_TheInstanceIsCancelled()
    {
        var harness = new DecisionsHarness();
        var instance = await harness.RunAsync(Await(Meeting));

        await harness.Runtime.CancelAsync(instance.Id);

        Assert.Equal(HumanTaskStatus.Cancelled, harness.ClosedTasks.Single().Status);
        Assert.Empty(harness.OpenTasks);
    }

    [Fact]
    public async Task Should_SendTheDecisionNoticeWithTheJusteringDay_When_TheBifallComesInForce()
    {
        var harness = new DecisionsHarness();
        var activity = Await(Meeting);
        activity.NoticeTo = new Input<string?>("roll:beredningsgrupp@Kalix\nroll:beredningsgrupp@Piteå\nroll:styrgrupp@ärendet");
        var instance = await harness.RunAsync(activity, workflow => workflow.WithVariable("Projekt", "e-arkiv"));
        await harness.Runtime.ResumeAsync(harness.OpenTasks.Single().BookmarkId, (System.Text.Json.Nodes.JsonObject)ENamnd.Engine.Expressions.ValueConverter.ToNode(
            new TaskDecision(harness.OpenTasks.Single().TaskId, AwaitCommitteeDecision.Approved, "Nämnden beslutar att genomföra förstudien.", "§ 21", "Samordnare", "meeting",
                Meeting: new MeetingRecord(new DateOnly(2026, 3, 16))))!);
        Assert.DoesNotContain(harness.Emails, e => e.Subject.StartsWith("Nämndens beslut", StringComparison.Ordinal));
        var inForce = Assert.Single(await harness.BookmarksOfAsync(instance.Id), b => b.Is(AwaitCommitteeDecision.InForce));

        await harness.Runtime.ResumeAsync(inForce.Id, new System.Text.Json.Nodes.JsonObject { ["justeradOn"] = "2026-03-23" });

        var notice = Assert.Single(harness.Emails, e => e.Subject.StartsWith("Nämndens beslut", StringComparison.Ordinal));
        Assert.Equal("Nämndens beslut § 21: Beslut om förstudie e-arkiv", notice.Subject);
        // Kalix and Piteå have representatives; the case has no steering group, so that line names nobody and is skipped.
        Assert.Equal([RepresentativeEmail(Code("Kalix")), RepresentativeEmail(Code("Piteå"))], notice.To.Select(t => t.Address));
        Assert.Equal(
            "Hej!\n\nNorrbottens e-nämnd har vid sitt sammanträde 16 mars 2026 fattat beslut i ärendet ”Beslut om förstudie e-arkiv” (ärende 2026/4-2.2.0.1).\n\n"
            + "Paragraf: § 21\nBeslut: Bifall\n\nNämnden beslutar att genomföra förstudien.\n\n"
            + "Protokollet justerades 23 mars 2026. Beslutet får verkställas från den dagen.\n\n"
            + "Hur man överklagar: beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen. Överklagandet ska ha kommit in till "
            + "förvaltningsrätten inom tre veckor från den dag då det tillkännagavs på värdkommunens (Luleå kommuns) anslagstavla att protokollet har justerats; "
            + "tillkännagivandet sätts upp senast 25 mars 2026.\n\n"
            + "Du får beslutet för att ärendet berör dig eller din kommun.\n", notice.TextBody);
        Assert.Equal(WorkflowSubStatus.Finished, (await harness.ReloadAsync(instance.Id)).SubStatus);
    }

    [Theory]
    [InlineData(AwaitCommitteeDecision.Tabled, 0)]
    [InlineData(AwaitCommitteeDecision.Rejected, 1)]
    public async Task Should_SendTheNoticeAtOnceOnlyForADecisionInForce_When_TheParagraphIsOmedelbartJusterad(string outcome, int notices)
    {
        var harness = new DecisionsHarness();
        var activity = Await(Meeting);
        activity.NoticeTo = new Input<string?>("roll:beredningsgrupp@Kalix");
        await harness.RunAsync(activity, workflow => workflow.WithVariable("Projekt", "e-arkiv"));

        await harness.Runtime.ResumeAsync(harness.OpenTasks.Single().BookmarkId, (System.Text.Json.Nodes.JsonObject)ENamnd.Engine.Expressions.ValueConverter.ToNode(
            new TaskDecision(harness.OpenTasks.Single().TaskId, outcome, null, "§ 22", "Samordnare", "meeting", Meeting: new MeetingRecord(new DateOnly(2026, 3, 16), Immediate: true)))!);

        var sent = harness.Emails.Where(e => e.Subject.StartsWith("Nämndens beslut", StringComparison.Ordinal)).ToList();
        Assert.Equal(notices, sent.Count);
        Assert.All(sent, n => Assert.Contains("Paragrafen förklarades omedelbart justerad vid sammanträdet. Beslutet får verkställas från 16 mars 2026.", n.TextBody, StringComparison.Ordinal));
    }

    // The secretary's record for the meeting before its minutes are checked.
    private static Task<ResumeResult> RecordForTheMeetingAsync(DecisionsHarness harness, OpenedTask task, string outcome) =>
        harness.Runtime.ResumeAsync(task.BookmarkId, (System.Text.Json.Nodes.JsonObject)ENamnd.Engine.Expressions.ValueConverter.ToNode(
            new TaskDecision(task.TaskId, outcome, null, "§ 21", task.Recipient.Email, "meeting", Meeting: new MeetingRecord(new DateOnly(2026, 3, 16))))!);

    private static AwaitCommitteeDecision Await(DateTimeOffset? meeting) => new()
    {
        Id = Id,
        Matter = new Input<string>(Expression.Liquid("Beslut om förstudie {{ Variables.Projekt }}")),
        MeetingDate = new Input<DateTimeOffset?>(meeting),
        Documents = "Förstudierapport | https://example.org/underlag/forstudie.pdf",
    };
}
