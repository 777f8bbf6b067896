using System.Globalization;
using ENamnd.Activities.Meetings;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Tests.Integration;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>
/// Two host processes on one PostgreSQL database, both running <c>meeting-reminders</c> every two seconds: every
/// member and substitute gets the notice of a meeting exactly once.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class TwoHostMeetingReminderTests(PostgresFixture postgres) : IAsyncLifetime
{
    // 14 ledamöter, 14 ersättare, the chair, the secretary and the e-samordnare (föredragande) of the demo directory.
    private const int Called = 31;
    private string database = "";
    private HostProcess? first;
    private HostProcess? second;

    public async Task InitializeAsync()
    {
        database = await postgres.CreateDatabaseAsync("meetings_processes");
        first = IntegrationHost.Create(database, configure: Configure);
        second = IntegrationHost.Create(database, configure: Configure);
    }

    public async Task DisposeAsync()
    {
        if (first is not null) await first.DisposeAsync();
        if (second is not null) await second.DisposeAsync();
    }

    [Fact]
    public async Task Should_SendEachNoticeOnce_When_TwoHostsRunTheJob()
    {
        await first!.StartAsync();
        await second!.StartAsync();
        var reader = DatabaseReader.Postgres(database);
        // Written straight into the table, as if planned earlier: neither host's API has sent anything for it.
        var date = StockholmTime.DateOf(DateTimeOffset.UtcNow).AddDays(3);
        var startsAt = StockholmTime.ToInstant(date, new TimeOnly(13, 0))!.Value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        var endsAt = StockholmTime.ToInstant(date, new TimeOnly(15, 0))!.Value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        await reader.RowsAsync(
            "INSERT INTO meetings (id, body, date, start_time, end_time, starts_at, ends_at, location, status, sequence, created_at, updated_at) " +
            $"VALUES ('two-hosts', 'Namnd', '{MeetingTimes.Iso(date)}', '13:00', '15:00', '{startsAt}', '{endsAt}', 'Teams', 'Scheduled', 0, now(), now())");
        const string notices = "SELECT COUNT(*) FROM sent_notifications WHERE subject = 'meeting:two-hosts' AND kind = 'meeting-notice'";

        await Poll.UntilAsync(() => reader.CountAsync(notices), n => n >= Called, TimeSpan.FromSeconds(60),
            n => $"{n} notice(s). {IntegrationHost.Tail(first)}", TimeSpan.FromSeconds(1));
        // Several more occurrences of the job, on either host, after the notices were sent.
        var runsWhenSent = await reader.CountAsync(JobRuns);
        await Poll.UntilAsync(() => reader.CountAsync(JobRuns), n => n >= runsWhenSent + 4, TimeSpan.FromSeconds(60),
            n => $"the job ran {n - runsWhenSent} time(s) since the notices were sent. {IntegrationHost.Tail(first)}", TimeSpan.FromSeconds(1));

        Assert.True(first.IsRunning && second.IsRunning, $"A host has exited. {IntegrationHost.Tail(first)}\n{IntegrationHost.Tail(second)}");
        Assert.Equal(Called, await reader.CountAsync(notices));
        Assert.Equal(Called, await reader.CountAsync(
            "SELECT COUNT(*) FROM outbox o JOIN sent_notifications s ON s.outbox_id = o.id WHERE s.subject = 'meeting:two-hosts'"));
        Assert.Equal(Called, await reader.CountAsync("SELECT COUNT(*) FROM outbox WHERE instance_id = 'meeting:two-hosts'"));
    }

    private const string JobRuns = "SELECT COUNT(*) FROM hangfire.job j JOIN hangfire.jobparameter p ON p.jobid = j.id " +
        "WHERE p.name = 'RecurringJobId' AND p.value = '\"meeting-reminders\"'";

    private static void Configure(Dictionary<string, string?> environment)
    {
        environment["Scheduling__MeetingRemindersCron"] = IntegrationHost.EveryTwoSeconds;
        environment["Demo__SeedParticipants"] = "true";
        environment["Demo__SeedMeetings"] = "false";
    }
}
