using ENamnd.Persistence.Rows;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Microsoft.EntityFrameworkCore;
using static ENamnd.Host.Tests.Features.Goals.GoalScenario;

namespace ENamnd.Host.Tests.Features.Goals;

/// <summary>Two hosts on one PostgreSQL database run the tertial job at the same moment: each follow-up, report, agenda item and email exists once.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresTertialFollowUpTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Should_CreateEachFollowUpOnce_When_TwoHostsRunTheJobTogether()
    {
        var database = await postgres.CreateDatabaseAsync("goals");
        var start = Stockholm(2022, 5, 1, 7);
        using var first = new GoalsHostFactory(start, database);
        using var second = new GoalsHostFactory(start, database);
        _ = first.Services;
        _ = second.Services;

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? first : second).Job.RunAsync(CancellationToken.None)));

        Assert.Equal(1, runs.Sum());
        var totals = await TotalsAsync(first);
        Assert.Equal(1, totals.Rounds);
        Assert.Equal(11, totals.Tasks);
        Assert.Equal(11, totals.Outbox);
        Assert.Equal(1, await CountAsync(first, db => db.Set<PlanRow>().CountAsync()));
        Assert.Equal(1, await CountAsync(first, db => db.Instances.CountAsync()));

        // Past the deadline, both compile and place the report at once: still one of each.
        await MeetingAsync(first, ENamnd.Activities.Meetings.MeetingBody.Namnd, new DateOnly(2022, 6, 22));
        // The deadline is Monday 23 May at 16.00 (21 days end on a Sunday).
        var late = Stockholm(2022, 5, 24, 7) - start;
        first.Clock.Advance(late);
        second.Clock.Advance(late);
        var reports = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? first : second).Job.RunAsync(CancellationToken.None)));

        Assert.Equal(3, reports.Sum());
        Assert.Equal(1, await CountAsync(first, db => db.AgendaItems.CountAsync()));
        Assert.Equal(12, await CountAsync(first, db => db.Outbox.CountAsync()));
        Assert.Equal(3, await CountAsync(first, db => db.Set<SentNotificationRow>().CountAsync(s => s.Key.StartsWith("tertial-") && !s.Key.StartsWith("tertial-follow-up"))));
    }
}
