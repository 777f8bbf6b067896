using ENamnd.Activities;
using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Features.Participants;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>The committee's meetings of the current year, carried from the embedded 2022 CSV: stable ids, once, only where allowed.</summary>
public sealed class MeetingSeederTests
{
    [Fact]
    public async Task Should_SeedTheFourCommitteeMeetingsOnce_When_RunTwice()
    {
        await using var harness = await MeetingHarness.SqliteAsync(new DateTimeOffset(2022, 2, 1, 9, 0, 0, TimeSpan.Zero));
        var seeder = harness.Services.GetRequiredService<MeetingSeeder>();

        var first = await seeder.SeedAsync();
        var second = await seeder.SeedAsync();

        Assert.Equal((4, 0), (first, second));
        var meetings = await harness.Calendar.ListAsync(null, null, null);
        Assert.Equal(["seed-namnd-2022-03-16", "seed-namnd-2022-06-22", "seed-namnd-2022-10-12", "seed-namnd-2022-12-14"], meetings.Select(m => m.Id));
        Assert.All(meetings, m => Assert.Equal((MeetingBody.Namnd, "13:00", "15:00", "Teams"), (m.Body, MeetingTimes.Iso(m.Start), MeetingTimes.Iso(m.End), m.Location)));
    }

    [Fact]
    public async Task Should_SeedTheCurrentYearsMeetingsOnWorkingDays_When_TheClockIsInALaterYear()
    {
        // New Year's Eve at 23:30 UTC is already 2027 in Stockholm.
        await using var harness = await MeetingHarness.SqliteAsync(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(4, await harness.Services.GetRequiredService<MeetingSeeder>().SeedAsync());

        var meetings = await harness.Calendar.ListAsync(null, null, null);
        Assert.Equal(["seed-namnd-2027-03-17", "seed-namnd-2027-06-23", "seed-namnd-2027-10-13", "seed-namnd-2027-12-08"], meetings.Select(m => m.Id));
        Assert.All(meetings, m => Assert.True(SwedishWorkingDays.IsWorkingDay(m.Date)));
    }

    [Fact]
    public async Task Should_LeaveTheYearAlone_When_TheCoordinatorPlannedItsMeetings()
    {
        await using var harness = await MeetingHarness.SqliteAsync(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
        await harness.Writer.CreateAsync(new MeetingDraft(MeetingBody.Namnd, new DateOnly(2026, 2, 25), new TimeOnly(9, 0), new TimeOnly(12, 0), "Luleå stadshus", null));

        Assert.Equal(0, await harness.Services.GetRequiredService<MeetingSeeder>().SeedAsync());
        Assert.Single(await harness.Calendar.ListAsync(null, null, null));
    }

    [Fact]
    public async Task Should_SeedNothing_When_TurnedOff()
    {
        await using var harness = await MeetingHarness.SqliteAsync(DateTimeOffset.UtcNow, s => s.Configure<DemoOptions>(o => o.SeedMeetings = false));

        Assert.Equal(0, await harness.Services.GetRequiredService<MeetingSeeder>().SeedAsync());
        Assert.Empty(await harness.Calendar.ListAsync(null, null, null));
    }
}
