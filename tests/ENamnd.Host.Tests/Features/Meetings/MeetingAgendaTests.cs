using ENamnd.Activities.Meetings;
using ENamnd.Activities.Tasks;
using ENamnd.Host.Features.Meetings;
using ENamnd.Persistence.Rows;
using Microsoft.Extensions.DependencyInjection;
using static ENamnd.Host.Tests.Features.Meetings.MeetingReminderJobTests;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>Which matters a meeting's agenda holds: those for its date, and those for "the next meeting" placed before it.</summary>
public sealed class MeetingAgendaTests : IAsyncLifetime
{
    private MeetingHarness harness = null!;

    public async Task InitializeAsync() => harness = await MeetingHarness.SqliteAsync(new DateTimeOffset(2022, 5, 2, 8, 0, 0, TimeSpan.Zero));

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private MeetingAgenda Agenda => harness.Services.GetRequiredService<MeetingAgenda>();

    [Fact]
    public async Task Should_PutAnUndatedMatterOnTheFirstMeetingAfterIt_When_AnEarlierOneIsCancelled()
    {
        var june = await CreateAsync(MeetingBody.Namnd, "2022-06-22");
        var may = await CreateAsync(MeetingBody.Namnd, "2022-05-18");
        await CreateAsync(MeetingBody.Beredningsgrupp, "2022-05-10");
        await PlaceAsync("Förstudie e-arkiv", null);

        var beforeCancel = await MattersAsync(may);
        var juneBeforeCancel = await MattersAsync(june);
        var (_, cancelled) = await harness.Writer.CancelAsync(may.Id, "Flyttat");

        Assert.Equal(["Förstudie e-arkiv"], beforeCancel);
        Assert.Empty(juneBeforeCancel);
        Assert.Empty(await MattersAsync(cancelled!));
        Assert.Equal(["Förstudie e-arkiv"], await MattersAsync((await harness.Calendar.FindAsync(june.Id))!));
    }

    [Fact]
    public async Task Should_HoldDatedMattersOnThatDateOnly_When_PlacedForAMeetingDate()
    {
        var may = await CreateAsync(MeetingBody.Namnd, "2022-05-18");
        var june = await CreateAsync(MeetingBody.Namnd, "2022-06-22");
        await PlaceAsync("Tertialrapport 1 2022", new DateTimeOffset(2022, 6, 22, 0, 0, 0, TimeSpan.Zero));
        await PlaceAsync("Avtalsförlängning e-arkiv", new DateTimeOffset(2022, 6, 22, 13, 0, 0, TimeSpan.FromHours(2)));
        await PlaceAsync("Annat datum", new DateTimeOffset(2022, 6, 23, 0, 0, 0, TimeSpan.Zero));

        Assert.Empty(await MattersAsync(may));
        Assert.Equal(["Tertialrapport 1 2022", "Avtalsförlängning e-arkiv"], await MattersAsync(june));
    }

    [Fact]
    public async Task Should_MoveUndecidedDatedMattersToTheNextCommitteeMeeting_When_TheirMeetingIsCancelled()
    {
        var june = await CreateAsync(MeetingBody.Namnd, "2022-06-22");
        await CreateAsync(MeetingBody.Beredningsgrupp, "2022-08-25");
        var september = await CreateAsync(MeetingBody.Namnd, "2022-09-21");
        var october = await CreateAsync(MeetingBody.Namnd, "2022-10-19");
        var linkExpires = new DateTimeOffset(2022, 8, 21, 11, 0, 0, TimeSpan.Zero);
        await PlaceAsync("Tertialrapport 1 2022", new DateTimeOffset(2022, 6, 22, 11, 0, 0, TimeSpan.Zero), linkExpires);
        var decidedId = await PlaceAsync("Redan beslutat", new DateTimeOffset(2022, 6, 22, 11, 0, 0, TimeSpan.Zero));
        await RecordDecisionAsync(june, decidedId);

        var (_, cancelled) = await harness.Writer.CancelAsync(june.Id, "Inställt");

        // The secretary's link to record the decision outlives the new meeting as it did the old one.
        await using (var db = harness.Db())
        {
            var task = db.Tasks.Single();
            Assert.Equal(linkExpires + (september.StartsAt - june.StartsAt), task.ExpiresAt);
        }
        Assert.Equal(["Redan beslutat"], await MattersAsync(cancelled! with { Status = MeetingStatus.Scheduled }));
        Assert.Equal(["Tertialrapport 1 2022"], await MattersAsync(september));
        Assert.Empty(await MattersAsync(october));
    }

    [Fact]
    public async Task Should_LetDatedMattersWaitForTheNextPlannedMeeting_When_NoneIsPlannedAfterTheCancelledOne()
    {
        var june = await CreateAsync(MeetingBody.Namnd, "2022-06-22");
        await PlaceAsync("Avtalsförlängning e-arkiv", new DateTimeOffset(2022, 6, 22, 11, 0, 0, TimeSpan.Zero));

        await harness.Writer.CancelAsync(june.Id, "Inställt");
        harness.Clock.Advance(TimeSpan.FromDays(1));
        var september = await CreateAsync(MeetingBody.Namnd, "2022-09-21");

        Assert.Equal(["Avtalsförlängning e-arkiv"], await MattersAsync(september));
    }

    [Fact]
    public async Task Should_MoveDatedMattersWithTheirMeeting_When_ItsDateChanges()
    {
        var june = await CreateAsync(MeetingBody.Namnd, "2022-06-22");
        var august = await CreateAsync(MeetingBody.Namnd, "2022-08-31");
        await PlaceAsync("Tertialrapport 1 2022", new DateTimeOffset(2022, 6, 22, 11, 0, 0, TimeSpan.Zero));
        await PlaceAsync("Annat datum", new DateTimeOffset(2022, 6, 23, 11, 0, 0, TimeSpan.Zero));

        var (_, moved) = await harness.Writer.UpdateAsync(june.Id, new MeetingDraft(MeetingBody.Namnd, Day("2022-06-29"), new TimeOnly(9, 0), new TimeOnly(11, 0), "Teams", null));

        Assert.Equal(["Tertialrapport 1 2022"], await MattersAsync(moved!));
        Assert.Empty(await MattersAsync(august));
        // Only the time changes: the matters stay.
        var (_, later) = await harness.Writer.UpdateAsync(june.Id, new MeetingDraft(MeetingBody.Namnd, Day("2022-06-29"), new TimeOnly(13, 0), new TimeOnly(15, 0), "Teams", null));
        Assert.Equal(["Tertialrapport 1 2022"], await MattersAsync(later!));
    }

    private async Task RecordDecisionAsync(Meeting meeting, string agendaItemId)
    {
        await using var db = harness.Db();
        db.Set<MeetingDecisionRow>().Add(new MeetingDecisionRow
        {
            MeetingId = meeting.Id, AgendaItemId = agendaItemId, Outcome = "Beslutat", Paragraph = "§ 12",
            DecidedAt = harness.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    private async Task<IReadOnlyList<string>> MattersAsync(Meeting meeting) =>
        [.. (await Agenda.ForAsync(meeting)).Where(e => !e.Fixed).Select(e => e.Title)];

    private Task<Meeting> CreateAsync(MeetingBody body, string date) =>
        harness.Writer.CreateAsync(new MeetingDraft(body, Day(date), new TimeOnly(13, 0), new TimeOnly(15, 0), "Teams", null));

    private async Task<string> PlaceAsync(string matter, DateTimeOffset? date, DateTimeOffset? secretaryLinkExpires = null)
    {
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await using var db = harness.Db();
        var id = Guid.NewGuid().ToString("N");
        var taskId = Guid.NewGuid().ToString("N");
        if (secretaryLinkExpires is { } expires)
        {
            db.Tasks.Add(new TaskRow
            {
                Id = taskId, InstanceId = "instance", BookmarkId = "bookmark", Kind = "committee-decision", Title = $"Nämndbeslut: {matter}", Question = matter,
                RecipientEmail = "sekreterare@example.org", ExpiresAt = expires, OpenedAt = harness.Clock.GetUtcNow(), Status = HumanTaskStatus.Open, TokenHash = "hash",
            });
        }
        db.AgendaItems.Add(new AgendaItemRow
        {
            Id = id, Matter = matter, MeetingDate = date?.ToUniversalTime(), InstanceId = "instance", ActivityNodeId = "node",
            TaskIds = secretaryLinkExpires is null ? "[]" : $"[\"{taskId}\"]",
            PlacedAt = harness.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return id;
    }
}
