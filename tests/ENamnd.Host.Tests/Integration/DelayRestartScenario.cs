using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;

namespace ENamnd.Host.Tests.Integration;

/// <summary>
/// A workflow waits on a delay; the host is stopped before the delay is due and started again. The
/// instance must finish after the due time, and the email of the step after the delay must be sent
/// exactly once. Shared by the SQLite and the PostgreSQL test.
/// </summary>
internal static class DelayRestartScenario
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(5);

    /// <summary>Runs the scenario on <paramref name="host"/>, whose committed state <paramref name="database"/> reads.</summary>
    public static async Task RunAsync(HostProcess host, DatabaseReader database)
    {
        await host.StartAsync();
        InstanceSnapshot started;
        using (var api = new CoordinatorApi(host.CreateClient()))
        {
            await api.PublishAsync(TestWorkflows.DelayThenEmail("fordrojning", Delay));
            started = await api.StartAsync("fordrojning", "NBD-2026-17");
        }
        var timer = Assert.Single(started.Bookmarks);
        Assert.Equal("Suspended", started.SubStatus);
        var dueAt = timer.DueAt ?? throw new Xunit.Sdk.XunitException($"The delay's bookmark has no due time: {timer}");

        var exitCode = await host.StopAsync();

        Assert.True(DateTimeOffset.UtcNow < dueAt, $"The host stopped only after the delay was due ({dueAt:O}), so the test proves nothing; {IntegrationHost.Tail(host)}");
        Assert.True(exitCode == 0, $"The host exited with {exitCode} after SIGTERM. {IntegrationHost.Tail(host)}");
        Assert.Empty(PickupMail.CountByOutboxId(IntegrationHost.MailDirectoryOf(host)));

        await host.StartAsync();
        using var restarted = new CoordinatorApi(host.CreateClient());
        var finished = await Poll.UntilAsync(
            () => restarted.FindAsync(started.Id),
            i => i?.Status == "Finished",
            Delay + TimeSpan.FromSeconds(40),
            i => $"instance {started.Id} is {i?.Status}/{i?.SubStatus}; due at {dueAt:O}. {IntegrationHost.Tail(host)}");
        var sent = await Poll.UntilAsync(
            () => database.RowsAsync($"SELECT id FROM outbox WHERE instance_id = '{started.Id}' AND sent_at IS NOT NULL"),
            rows => rows.Count > 0,
            TimeSpan.FromSeconds(30),
            _ => $"the email of instance {started.Id} was not marked sent in {database.Description}. {IntegrationHost.Tail(host)}");

        Assert.NotNull(finished);
        var mailStep = Assert.Single(finished.Journal, e => e.ActivityId == TestWorkflows.Mail && e.EventType == "Completed");
        Assert.True(mailStep.Timestamp >= dueAt, $"The email step ran at {mailStep.Timestamp:O}, before the delay was due at {dueAt:O}.");
        var outboxId = (string)Assert.Single(sent)[0]!;
        Assert.Equal(1L, await database.CountAsync($"SELECT COUNT(*) FROM outbox WHERE instance_id = '{started.Id}'"));
        var files = PickupMail.CountByOutboxId(IntegrationHost.MailDirectoryOf(host));
        Assert.Equal(new Dictionary<string, int> { [outboxId] = 1 }, files);
    }
}
