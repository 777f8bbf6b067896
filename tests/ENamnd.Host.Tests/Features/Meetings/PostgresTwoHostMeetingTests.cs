using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Meetings;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Microsoft.EntityFrameworkCore;
using static ENamnd.Host.Tests.Features.Meetings.MeetingReminderJobTests;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>Two hosts (two service containers with their own connection pools) on one PostgreSQL database run the meeting job at once.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresTwoHostMeetingTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Should_SendEachNoticeOnce_When_TwoHostsRunTheJobTogether()
    {
        var database = new DatabaseSettings(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("meetings_two_hosts"));
        var start = new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero);
        await using var first = await MeetingHarness.StartAsync(database, start);
        await using var second = await MeetingHarness.StartAsync(database, start);
        var firstDriver = new MeetingJobDriver(first);
        var secondDriver = new MeetingJobDriver(second);
        await firstDriver.AddPeopleAsync();
        var meeting = await first.Writer.CreateAsync(new MeetingDraft(MeetingBody.Namnd, Day("2022-03-16"), new TimeOnly(13, 0), new TimeOnly(15, 0), "Teams", null));

        foreach (var day in new[] { Day("2022-03-09"), Day("2022-03-15") })
        {
            firstDriver.SetClock(day);
            secondDriver.SetClock(day);
            // Both hosts, twice each, at the same moment.
            await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? firstDriver : secondDriver).Job.RunAsync(CancellationToken.None)));
        }

        await using var db = first.Db();
        var ledger = await db.Set<SentNotificationRow>().AsNoTracking().Where(r => r.Subject == MeetingLedgerKeys.Subject(meeting.Id)).ToListAsync();
        Assert.Equal(MeetingPeople.Committee.Length * 2, ledger.Count);
        Assert.Equal(MeetingPeople.Committee.Length, ledger.Count(r => r.Kind == MeetingLedgerKeys.NoticeKind));
        Assert.Equal(MeetingPeople.Committee.Length, ledger.Count(r => r.Kind == MeetingLedgerKeys.ReminderKind));
        Assert.Equal(ledger.Count, await db.Outbox.CountAsync());
        Assert.Equal(ledger.Count, ledger.Select(r => r.OutboxId).Distinct().Count());
    }
}
