using ENamnd.Host.Meetings;
using ENamnd.Host.Persistence.Rows;
using Microsoft.Extensions.DependencyInjection;
using static ENamnd.Host.Tests.Meetings.MeetingReminderJobTests;

namespace ENamnd.Host.Tests.Meetings;

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

    private async Task<IReadOnlyList<string>> MattersAsync(Meeting meeting) =>
        [.. (await Agenda.ForAsync(meeting)).Where(e => !e.Fixed).Select(e => e.Title)];

    private Task<Meeting> CreateAsync(MeetingBody body, string date) =>
        harness.Writer.CreateAsync(new MeetingDraft(body, Day(date), new TimeOnly(13, 0), new TimeOnly(15, 0), "Teams", null));

    private async Task PlaceAsync(string matter, DateTimeOffset? date)
    {
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await using var db = harness.Db();
        db.AgendaItems.Add(new AgendaItemRow
        {
            Id = Guid.NewGuid().ToString("N"), Matter = matter, MeetingDate = date?.ToUniversalTime(), InstanceId = "instance", ActivityNodeId = "node",
            PlacedAt = harness.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }
}
