using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Meetings;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>What the meeting calendar answers, on every database.</summary>
public abstract class MeetingCalendarContract : IAsyncLifetime
{
    /// <summary>1 May 2022, 12:00 Stockholm.</summary>
    protected static readonly DateTimeOffset Now = new(2022, 5, 1, 12, 0, 0, TimeSpan.FromHours(2));

    private MeetingHarness harness = null!;

    /// <summary>A fresh harness on the subclass's database.</summary>
    protected abstract Task<MeetingHarness> StartHarnessAsync(DateTimeOffset now);

    public async Task InitializeAsync() => harness = await StartHarnessAsync(Now);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Should_FindNextMeetingOfTheBody_When_EarlierOnesAreCancelledOrPast()
    {
        await CreateAsync(MeetingBody.Namnd, "2022-03-16");
        var cancelled = await CreateAsync(MeetingBody.Namnd, "2022-05-20");
        await CreateAsync(MeetingBody.Beredningsgrupp, "2022-05-25");
        var june = await CreateAsync(MeetingBody.Namnd, "2022-06-22");
        await CreateAsync(MeetingBody.Namnd, "2022-10-12");
        await harness.Writer.CancelAsync(cancelled.Id, "Inga ärenden");

        var next = await harness.Calendar.NextMeetingAsync(MeetingBody.Namnd, Now);

        Assert.Equal(june.Id, next?.Id);
        Assert.Equal(new DateTimeOffset(2022, 6, 22, 13, 0, 0, TimeSpan.FromHours(2)), next?.StartsAt);
    }

    [Fact]
    public async Task Should_FindTheLastMeetingOnOrBeforeTheDay_When_MeetingsFollowIt()
    {
        await CreateAsync(MeetingBody.Namnd, "2022-03-16");
        await CreateAsync(MeetingBody.Namnd, "2022-05-18");
        var june = await CreateAsync(MeetingBody.Namnd, "2022-06-22");
        var cancelled = await CreateAsync(MeetingBody.Namnd, "2022-06-29");
        await CreateAsync(MeetingBody.Beredningsgrupp, "2022-06-30");
        await CreateAsync(MeetingBody.Namnd, "2022-07-01");
        await harness.Writer.CancelAsync(cancelled.Id, "Inga ärenden");

        var byEndOfJune = await harness.Calendar.LastMeetingByAsync(MeetingBody.Namnd, Now, new DateOnly(2022, 6, 30));
        var onTheDay = await harness.Calendar.LastMeetingByAsync(MeetingBody.Namnd, Now, new DateOnly(2022, 6, 22));
        var noneAhead = await harness.Calendar.LastMeetingByAsync(MeetingBody.Namnd, Now, new DateOnly(2022, 5, 1));

        Assert.Equal(june.Id, byEndOfJune?.Id);
        Assert.Equal(june.Id, onTheDay?.Id);
        Assert.Null(noneAhead);
    }

    [Fact]
    public async Task Should_ListByBodyAndLocalDate_When_Filtered()
    {
        await CreateAsync(MeetingBody.Namnd, "2022-03-16");
        await CreateAsync(MeetingBody.Namnd, "2022-06-22");
        await CreateAsync(MeetingBody.Beredningsgrupp, "2022-04-30");
        await CreateAsync(MeetingBody.Namnd, "2022-04-30");

        var listed = await harness.Calendar.ListAsync(MeetingBody.Namnd, new DateOnly(2022, 3, 16), new DateOnly(2022, 4, 30));

        Assert.Equal(["2022-03-16", "2022-04-30"], listed.Select(m => MeetingTimes.Iso(m.Date)));
        Assert.All(listed, m => Assert.Equal(MeetingBody.Namnd, m.Body));
    }

    [Fact]
    public async Task Should_CountOnlyHeldMeetings_When_SomeAreCancelledOrAhead()
    {
        await CreateAsync(MeetingBody.Beredningsgrupp, "2022-01-20");
        await CreateAsync(MeetingBody.Beredningsgrupp, "2022-02-17");
        var cancelled = await CreateAsync(MeetingBody.Beredningsgrupp, "2022-03-17");
        await CreateAsync(MeetingBody.Beredningsgrupp, "2022-05-19");
        await CreateAsync(MeetingBody.Namnd, "2022-03-16");
        await harness.Writer.CancelAsync(cancelled.Id, null);

        var held = await harness.Calendar.CountHeldAsync(MeetingBody.Beredningsgrupp, new DateOnly(2022, 1, 1), new DateOnly(2022, 4, 30));

        Assert.Equal(2, held);
    }

    [Fact]
    public async Task Should_CountAttendedMunicipalitiesPerHeldMeeting_When_AttendanceRecorded()
    {
        var march = await CreateAsync(MeetingBody.Namnd, "2022-03-16");
        var april = await CreateAsync(MeetingBody.Namnd, "2022-04-20");
        await using (var db = harness.Db())
        {
            // Kalix twice at one meeting (ledamot and ersättare) counts as one seat; an unknown municipality not at all.
            db.Set<MeetingAttendanceRow>().AddRange(
                Attended(march.Id, "ledamot-kalix", "2514", "Ledamot"),
                Attended(march.Id, "ersattare-kalix", "2514", "Ersattare"),
                Attended(march.Id, "ledamot-boden", "2582", "Ledamot"),
                Attended(march.Id, "sekreterare", null, "Sekreterare"),
                Attended(april.Id, "ledamot-lulea", "2580", "Ledamot"));
            await db.SaveChangesAsync();
        }

        var attendance = await harness.Calendar.AttendanceAsync(MeetingBody.Namnd, new DateOnly(2022, 1, 1), new DateOnly(2022, 4, 30));

        Assert.Equal(new MeetingAttendanceSummary(2, 28, 3), attendance);
        Assert.Equal(0.1071m, attendance.Rate);
    }

    [Fact]
    public async Task Should_RaiseSequenceOnlyForTimeOrPlace_When_Updated()
    {
        var meeting = await CreateAsync(MeetingBody.Namnd, "2022-06-22");

        var same = await harness.Writer.UpdateAsync(meeting.Id, Draft(MeetingBody.Namnd, "2022-06-22"));
        var moved = await harness.Writer.UpdateAsync(meeting.Id, Draft(MeetingBody.Namnd, "2022-06-23"));
        var cancelled = await harness.Writer.CancelAsync(meeting.Id, "Flyttat");
        var afterCancel = await harness.Writer.UpdateAsync(meeting.Id, Draft(MeetingBody.Namnd, "2022-06-24"));

        Assert.Equal((MeetingWriteResult.Unchanged, 0), (same.Result, same.Meeting!.Sequence));
        Assert.Equal((MeetingWriteResult.Saved, 1), (moved.Result, moved.Meeting!.Sequence));
        Assert.Equal((MeetingWriteResult.Saved, 2, MeetingStatus.Cancelled), (cancelled.Result, cancelled.Meeting!.Sequence, cancelled.Meeting.Status));
        Assert.Equal(MeetingWriteResult.Cancelled, afterCancel.Result);
        Assert.Equal(new DateOnly(2022, 6, 23), (await harness.Calendar.FindAsync(meeting.Id))!.Date);
    }

    private Task<Meeting> CreateAsync(MeetingBody body, string date) => harness.Writer.CreateAsync(Draft(body, date));

    private static MeetingDraft Draft(MeetingBody body, string date) =>
        new(body, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(13, 0), new TimeOnly(15, 0), "Teams", null);

    private static MeetingAttendanceRow Attended(string meetingId, string participantId, string? municipality, string role) =>
        new() { MeetingId = meetingId, ParticipantId = participantId, MunicipalityCode = municipality, Role = role, RecordedAt = Now.ToUniversalTime() };
}
