using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;

namespace ENamnd.Host.Tests.Integration;

/// <summary>
/// Subprocess hand-offs across crashes: a host with the crash-test hook on dies (SIGKILL) right after committing a
/// step with signals. The parent's first step commits a child start and the host dies before starting the child; after
/// a restart the sweep starts it. The child ends when its event is resumed and the host dies before resuming the
/// parent; after a restart the sweep resumes the parent, which then finishes. Shared by the SQLite and the PostgreSQL test.
/// </summary>
internal sealed class SubprocessHandOffScenario(HostProcess host, DatabaseReader database)
{
    private const string ParentId = "huvudprocess", ChildId = "delprocess";

    // What the sweep may take: a restart, the few seconds a young signal is left to its own delivery, two-second sweeps.
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);

    /// <summary>A host whose database <paramref name="postgres"/> names (SQLite when null), with the hook on and fast sweeps.</summary>
    public static HostProcess CreateHost(string? postgres) =>
        IntegrationHost.Create(postgres, configure: e => e["Testing__KillAfterSignalCommit"] = "true");

    /// <summary>Runs the scenario; fails with the host's output when a hand-off was lost or repeated.</summary>
    public async Task RunAsync()
    {
        await host.StartAsync();
        using (var api = new CoordinatorApi(host.CreateClient()))
        {
            await api.PublishAsync(TestWorkflows.EventThenLog(ChildId));
            await api.PublishAsync(TestWorkflows.SubprocessThenLog(ParentId, ChildId));
            await ExpectKilledAsync(() => api.StartAsync(ParentId, "NBD-2026-42"));
        }
        var parentId = (string)Assert.Single(await database.RowsAsync($"SELECT id FROM instances WHERE definition_id = '{ParentId}' AND status = 'Running'"))[0]!;
        Assert.Equal(0L, await database.CountAsync($"SELECT COUNT(*) FROM instances WHERE definition_id = '{ChildId}'"));
        await ExpectPendingAsync(parentId, "startChild");

        await host.StartAsync();
        var childBookmark = await Poll.UntilAsync(
            () => database.RowsAsync($"SELECT b.id, b.instance_id FROM bookmarks b JOIN instances i ON i.id = b.instance_id WHERE i.definition_id = '{ChildId}'"),
            rows => rows.Count > 0,
            Recovery,
            _ => $"the child of {parentId} was not started after the restart. {IntegrationHost.Tail(host)}");
        var childId = (string)Assert.Single(childBookmark)[1]!;
        await WaitUntilNothingPendingAsync();
        using (var api = new CoordinatorApi(host.CreateClient()))
            await ExpectKilledAsync(() => api.ResumeAsync((string)childBookmark[0][0]!));
        Assert.Equal(1L, await database.CountAsync($"SELECT COUNT(*) FROM instances WHERE id = '{childId}' AND status = 'Finished'"));
        Assert.Equal(1L, await database.CountAsync($"SELECT COUNT(*) FROM instances WHERE id = '{parentId}' AND status = 'Running'"));
        await ExpectPendingAsync(childId, "resumeParent");

        await host.StartAsync();
        await Poll.UntilAsync(
            () => database.CountAsync($"SELECT COUNT(*) FROM instances WHERE id = '{parentId}' AND status = 'Finished' AND sub_status = 'Finished'"),
            n => n == 1,
            Recovery,
            _ => $"the parent {parentId} was not resumed after the restart. {IntegrationHost.Tail(host)}");
        await WaitUntilNothingPendingAsync();
        Assert.Equal(1L, await database.CountAsync($"SELECT COUNT(*) FROM instances WHERE definition_id = '{ChildId}'"));
        Assert.Equal(1L, await database.CountAsync(
            $"SELECT COUNT(*) FROM journal WHERE instance_id = '{parentId}' AND activity_id = '{TestWorkflows.AfterSubprocess}' AND event_type = 'Completed'"));
    }

    // The call commits a step with signals, so the hook kills the host before it answers.
    private async Task ExpectKilledAsync(Func<Task> call)
    {
        await Assert.ThrowsAnyAsync<Exception>(call);
        await Poll.UntilAsync(() => Task.FromResult(host.IsRunning), running => !running, TimeSpan.FromSeconds(10),
            _ => $"the host did not die after the commit. {IntegrationHost.Tail(host)}");
        // 128 + SIGKILL: the process was killed, it did not exit.
        Assert.True(host.ExitCode == 137, $"The host exited with {host.ExitCode}, not by SIGKILL. {IntegrationHost.Tail(host)}");
    }

    // The signal the killed step committed is still in the database, undelivered.
    private async Task ExpectPendingAsync(string instanceId, string kind)
    {
        var signal = (string)Assert.Single(await database.RowsAsync($"SELECT signal FROM pending_signals WHERE instance_id = '{instanceId}'"))[0]!;
        Assert.Contains($"\"kind\":\"{kind}\"", signal);
        Assert.Equal(1L, await database.CountAsync("SELECT COUNT(*) FROM pending_signals"));
    }

    private Task WaitUntilNothingPendingAsync() =>
        Poll.UntilAsync(() => database.CountAsync("SELECT COUNT(*) FROM pending_signals"), n => n == 0, Recovery,
            n => $"{n} signal(s) still pending in {database.Description}. {IntegrationHost.Tail(host)}");
}
