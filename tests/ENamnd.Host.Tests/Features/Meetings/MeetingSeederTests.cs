using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Features.Participants;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>The 2022 meetings seeded from the embedded CSV: stable ids, once, only where allowed.</summary>
public sealed class MeetingSeederTests
{
    [Fact]
    public async Task Should_SeedTheFourCommitteeMeetingsOnce_When_RunTwice()
    {
        await using var harness = await MeetingHarness.SqliteAsync(DateTimeOffset.UtcNow);
        var seeder = harness.Services.GetRequiredService<MeetingSeeder>();

        var first = await seeder.SeedAsync();
        var second = await seeder.SeedAsync();

        Assert.Equal((4, 0), (first, second));
        var meetings = await harness.Calendar.ListAsync(null, null, null);
        Assert.Equal(["seed-namnd-2022-03-16", "seed-namnd-2022-06-22", "seed-namnd-2022-10-12", "seed-namnd-2022-12-14"], meetings.Select(m => m.Id));
        Assert.All(meetings, m => Assert.Equal((MeetingBody.Namnd, "13:00", "15:00", "Teams"), (m.Body, MeetingTimes.Iso(m.Start), MeetingTimes.Iso(m.End), m.Location)));
    }

    [Fact]
    public async Task Should_SeedNothing_When_TurnedOff()
    {
        await using var harness = await MeetingHarness.SqliteAsync(DateTimeOffset.UtcNow, s => s.Configure<DemoOptions>(o => o.SeedMeetings = false));

        Assert.Equal(0, await harness.Services.GetRequiredService<MeetingSeeder>().SeedAsync());
        Assert.Empty(await harness.Calendar.ListAsync(null, null, null));
    }
}
