using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Meetings;
using ENamnd.Persistence.Rows;
using Ical.Net;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>The <c>meeting-reminders</c> job on a manual clock: the right emails on the right days, once.</summary>
public sealed class MeetingReminderJobTests : IAsyncLifetime
{
    private MeetingHarness harness = null!;
    private MeetingJobDriver driver = null!;

    public async Task InitializeAsync()
    {
        harness = await MeetingHarness.SqliteAsync(new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero));
        driver = new MeetingJobDriver(harness);
        await driver.AddPeopleAsync();
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Should_SendEachEmailOnItsDay_When_MeetingIsRightAfterAMonthEnd()
    {
        var meeting = await CreateAsync("2022-03-02");
        await PlaceMatterAsync("Förstudie e-arkiv", new DateOnly(2022, 3, 2));

        var sent = await driver.RunDaysAsync(Day("2022-02-15"), Day("2022-03-31"));

        Assert.Equal(
            [
                ("2022-02-23", MeetingLedgerKeys.NoticeKind, MeetingPeople.Committee.Length),
                ("2022-03-01", MeetingLedgerKeys.ReminderKind, MeetingPeople.Committee.Length),
                ("2022-03-03", MeetingLedgerKeys.DecisionsReminderKind, 1),
                ("2022-03-09", MeetingLedgerKeys.JusteringReminderKind, 1),
            ],
            Summary(sent));
        Assert.Equal(MeetingPeople.Committee, sent.Where(m => m.Kind == MeetingLedgerKeys.NoticeKind).Select(m => m.ParticipantId).Order(StringComparer.Ordinal));
        Assert.All(sent, m => Assert.Contains(meeting.Id, m.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_SendOnTheLeapDay_When_MeetingFollowsIt()
    {
        await CreateAsync("2024-03-01");
        await CreateAsync("2024-03-07");

        var sent = await driver.RunDaysAsync(Day("2024-02-20"), Day("2024-03-06"));

        var leapDay = sent.Where(m => m.Day == Day("2024-02-29")).ToList();
        Assert.Equal(MeetingPeople.Committee.Length * 2, leapDay.Count);
        Assert.All(leapDay.Where(m => m.Kind == MeetingLedgerKeys.ReminderKind), m => Assert.Contains("fredag 1 mars 2024", m.Message.Subject, StringComparison.Ordinal));
        Assert.All(leapDay.Where(m => m.Kind == MeetingLedgerKeys.NoticeKind), m => Assert.Contains("torsdag 7 mars 2024", m.Message.Subject, StringComparison.Ordinal));
        Assert.Equal(Day("2024-02-23"), sent.First(m => m.Kind == MeetingLedgerKeys.NoticeKind).Day);
    }

    [Theory]
    [InlineData("2022-03-27", "2022-03-20", "2022-03-26", 11)] // Summer time starts at 02:00 that morning.
    [InlineData("2022-03-28", "2022-03-21", "2022-03-27", 11)] // The day-before reminder goes out on the short day.
    [InlineData("2022-10-30", "2022-10-23", "2022-10-29", 12)] // Summer time ends at 03:00 that morning.
    [InlineData("2022-10-31", "2022-10-24", "2022-10-30", 12)] // The reminder goes out on the long day.
    public async Task Should_SendOnStockholmDatesAndInviteAtLocalTime_When_DaylightSavingChanges(string date, string noticeDay, string reminderDay, int utcHour)
    {
        await CreateAsync(date);

        var sent = await driver.RunDaysAsync(Day(date).AddDays(-10), Day(date));

        Assert.Equal([(noticeDay, MeetingLedgerKeys.NoticeKind, MeetingPeople.Committee.Length), (reminderDay, MeetingLedgerKeys.ReminderKind, MeetingPeople.Committee.Length)], Summary(sent));
        var calendar = Calendar.Load(sent[0].Message.Calendar!.Content)!;
        var start = Assert.Single(calendar.Events).DtStart!;
        Assert.Equal(("Europe/Stockholm", 13, 0), (start.TzId, start.Hour, start.Minute));
        Assert.Equal(new DateTime(Day(date), new TimeOnly(utcHour, 0), DateTimeKind.Utc), start.AsUtc);
    }

    [Fact]
    public async Task Should_SendNothingNew_When_RunTwice()
    {
        await CreateAsync("2022-06-22");
        await driver.RunAtAsync(Day("2022-06-15"));

        var again = await driver.RunAtAsync(Day("2022-06-15"));
        var count = await driver.Job.RunAsync(CancellationToken.None);

        Assert.Empty(again);
        Assert.Equal(0, count);
        Assert.Equal(MeetingPeople.Committee.Length, driver.Sent.Count);
        await using var db = harness.Db();
        Assert.Equal(MeetingPeople.Committee.Length, db.Outbox.Count());
    }

    [Fact]
    public async Task Should_SendLateNoticeButNoPastReminder_When_HostWasDown()
    {
        await CreateAsync("2022-06-22");
        await CreateAsync("2022-05-04");

        // Down from 1 May to 20 June: the June notice goes out late; nothing is sent for May before the meeting any more.
        var sent = await driver.RunDaysAsync(Day("2022-06-20"), Day("2022-06-21"));

        Assert.Equal(
            [("2022-06-20", MeetingLedgerKeys.NoticeKind, MeetingPeople.Committee.Length), ("2022-06-21", MeetingLedgerKeys.ReminderKind, MeetingPeople.Committee.Length)],
            Summary(sent.Where(m => m.Message.Subject.Contains("juni", StringComparison.Ordinal))));
        Assert.DoesNotContain(sent, m => m.Kind is MeetingLedgerKeys.NoticeKind or MeetingLedgerKeys.ReminderKind && m.Message.Subject.Contains("maj", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_SkipReminder_When_NoticeWentOutTheSameDay()
    {
        await CreateAsync("2022-06-22");

        var sent = await driver.RunAtAsync(Day("2022-06-21"));

        Assert.Equal([("2022-06-21", MeetingLedgerKeys.NoticeKind, MeetingPeople.Committee.Length)], Summary(sent));
    }

    [Fact]
    public async Task Should_OnlyTellTheSecretaryTheMinutesWaitForJusterare_When_EveryMatterIsDecided()
    {
        var meeting = await CreateAsync("2022-03-02");
        var matter = await PlaceMatterAsync("Förstudie e-arkiv", new DateOnly(2022, 3, 2));
        await using (var db = harness.Db())
        {
            db.Set<MeetingDecisionRow>().Add(new MeetingDecisionRow
            {
                AgendaItemId = matter, MeetingId = meeting.Id, Outcome = "Approved", Paragraph = "§ 4", DecidedAt = harness.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        var sent = await driver.RunDaysAsync(Day("2022-03-02"), Day("2022-03-20"));

        Assert.DoesNotContain(sent, m => m.Kind == MeetingLedgerKeys.DecisionsReminderKind);
        Assert.Equal(["sekreterare"], sent.Where(m => m.Kind == MeetingLedgerKeys.JusteringReminderKind).Select(m => m.ParticipantId));
    }

    [Fact]
    public async Task Should_CallOnlyThePreparationGroupWithoutAfterMeetingReminders_When_BeredningsgruppMeets()
    {
        await harness.Writer.CreateAsync(new MeetingDraft(MeetingBody.Beredningsgrupp, Day("2022-05-19"), new TimeOnly(9, 0), new TimeOnly(11, 0), "Teams", "https://teams.example.org/b/1"));
        await PlaceMatterAsync("Förstudie e-arkiv", new DateOnly(2022, 5, 19));

        var sent = await driver.RunDaysAsync(Day("2022-05-10"), Day("2022-06-10"));

        Assert.Equal([("2022-05-12", MeetingLedgerKeys.NoticeKind, 2), ("2022-05-18", MeetingLedgerKeys.ReminderKind, 2)], Summary(sent));
        Assert.Equal(MeetingPeople.PreparationGroup, sent.Where(m => m.Kind == MeetingLedgerKeys.NoticeKind).Select(m => m.ParticipantId).Order(StringComparer.Ordinal));
        var representative = sent.First(m => m.ParticipantId == "beredning-kalix").Message;
        Assert.Contains("Länk: https://teams.example.org/b/1", representative.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Kallelse: Beredningsgruppens sammanträde torsdag 19 maj 2022 kl. 09.00", representative.Subject, StringComparison.Ordinal);
        // The e-samordnare convenes the preparation group: förhinder is reported to them.
        Assert.Contains("\nAnmäl förhinder till Samordnare (samordnare@example.org).\n", representative.TextBody, StringComparison.Ordinal);
        Assert.Equal("samordnare@example.org", representative.ReplyTo?.Address);
    }

    [Fact]
    public async Task Should_SendOneTillaggskallelseWithTheAddedMatter_When_AMatterIsPlacedAfterTheNotice()
    {
        await CreateAsync("2022-03-02");
        await PlaceMatterAsync("Förstudie e-arkiv", new DateOnly(2022, 3, 2));
        await driver.RunDaysAsync(Day("2022-02-22"), Day("2022-02-24"));
        driver.SetClock(Day("2022-02-25"), new TimeOnly(10, 0));
        await PlaceMatterAsync("Upphandling av e-tjänsteplattform", new DateOnly(2022, 3, 2));

        var later = await driver.RunDaysAsync(Day("2022-02-26"), Day("2022-02-28"));

        Assert.Equal([("2022-02-26", MeetingLedgerKeys.SupplementKind, MeetingPeople.Committee.Length)], Summary(later));
        var message = later[0].Message;
        Assert.StartsWith("Tilläggskallelse: Nämndens sammanträde onsdag 2 mars 2022", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Ett ärende har lagts till", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Upphandling av e-tjänsteplattform (ärende 2022/1-2.2.0.1)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("1. Förstudie e-arkiv", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("2. Upphandling av e-tjänsteplattform", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Upphandling av e-tjänsteplattform", Assert.Single(Calendar.Load(message.Calendar!.Content)!.Events).Description, StringComparison.Ordinal);
    }

    internal static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static IEnumerable<(string Day, string Kind, int Count)> Summary(IEnumerable<SentMail> sent) =>
        sent.GroupBy(m => (m.Day, m.Kind)).Select(g => (MeetingTimes.Iso(g.Key.Day), g.Key.Kind, g.Count())).ToList();

    private Task<Meeting> CreateAsync(string date) =>
        harness.Writer.CreateAsync(new MeetingDraft(MeetingBody.Namnd, Day(date), new TimeOnly(13, 0), new TimeOnly(15, 0), "Teams", null));

    private async Task<string> PlaceMatterAsync(string matter, DateOnly? date)
    {
        var id = Guid.NewGuid().ToString("N");
        await using var db = harness.Db();
        db.AgendaItems.Add(new AgendaItemRow
        {
            Id = id,
            CaseNumber = "2022/1-2.2.0.1",
            Matter = matter,
            MeetingDate = date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            InstanceId = "instance",
            ActivityNodeId = "node",
            PlacedAt = harness.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return id;
    }
}
