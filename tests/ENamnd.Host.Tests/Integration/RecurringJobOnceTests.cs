using System.Globalization;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Integration;

/// <summary>
/// Two hosts on one PostgreSQL database share Hangfire's storage: each occurrence of a recurring
/// job is created once and runs once, whichever host schedules or performs it.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class RecurringJobOnceTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string SweepJobId = "due-bookmark-sweep";
    private const int SlotSeconds = 2;
    // Hangfire's recurring scheduler looks for due occurrences every SchedulePollingInterval (15 s) and makes one
    // job for the occurrences it finds missed, so 45 s on a busy machine may give as few as three or four jobs.
    private const int MinimumJobs = 3;
    private string database = "";
    private HostProcess? first;
    private HostProcess? second;

    public async Task InitializeAsync()
    {
        database = await postgres.CreateDatabaseAsync("recurring");
        first = IntegrationHost.Create(database);
        second = IntegrationHost.Create(database);
    }

    public async Task DisposeAsync()
    {
        if (first is not null) await first.DisposeAsync();
        if (second is not null) await second.DisposeAsync();
    }

    [Fact]
    public async Task Should_RunEachOccurrenceOnce_When_TwoHostsScheduleTheSameRecurringJob()
    {
        // Started together: both also race to create Hangfire's schema and to register the recurring jobs.
        await Task.WhenAll(first!.StartAsync(), second!.StartAsync());
        var reader = DatabaseReader.Postgres(database);

        var jobs = await Poll.UntilAsync(
            () => SweepJobsAsync(reader),
            all => all.Count(j => j.State == "Succeeded") >= MinimumJobs,
            TimeSpan.FromSeconds(75),
            all => $"{all.Count} sweep job(s), {all.Count(j => j.State == "Succeeded")} succeeded. {IntegrationHost.Tail(first)}",
            TimeSpan.FromSeconds(1));

        Assert.True(first.IsRunning && second.IsRunning, $"A host has exited. {IntegrationHost.Tail(first)}\n{IntegrationHost.Tail(second)}");
        Assert.Equal(2, await reader.CountAsync("SELECT COUNT(*) FROM hangfire.server"));
        var report = string.Join("\n", jobs.Select(j => j.ToString()));
        // Each occurrence of "every two seconds" is triggered at or after its own even second and before
        // the next one's, so jobs of different occurrences never share a two-second slot of their trigger time.
        Assert.True(jobs.GroupBy(j => j.TriggeredAt / SlotSeconds).All(slot => slot.Count() == 1), $"Two jobs for one occurrence:\n{report}");
        var settled = jobs.Where(j => j.State is "Succeeded").ToList();
        Assert.True(settled.Count >= MinimumJobs, report);
        Assert.All(settled, j => Assert.True(j.Processing == 1 && j.Succeeded == 1, $"Job {j.Id} did not run exactly once:\n{report}"));
    }

    private static async Task<IReadOnlyList<RecurringJobRun>> SweepJobsAsync(DatabaseReader reader)
    {
        var rows = await reader.RowsAsync(
            "SELECT j.id, j.statename, " +
            "(SELECT t.value FROM hangfire.jobparameter t WHERE t.jobid = j.id AND t.name = 'Time'), " +
            "(SELECT COUNT(*) FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Processing'), " +
            "(SELECT COUNT(*) FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Succeeded') " +
            "FROM hangfire.job j JOIN hangfire.jobparameter p ON p.jobid = j.id " +
            $"WHERE p.name = 'RecurringJobId' AND p.value = '\"{SweepJobId}\"' ORDER BY j.id");
        return rows.Select(r => new RecurringJobRun(
            Convert.ToInt64(r[0], CultureInfo.InvariantCulture),
            (string?)r[1],
            long.Parse((string)r[2]!, CultureInfo.InvariantCulture),
            Convert.ToInt64(r[3], CultureInfo.InvariantCulture),
            Convert.ToInt64(r[4], CultureInfo.InvariantCulture))).ToList();
    }
}
