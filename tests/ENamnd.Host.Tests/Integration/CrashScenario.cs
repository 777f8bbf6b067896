using System.Collections.Concurrent;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;

namespace ENamnd.Host.Tests.Integration;

/// <summary>
/// Crash recovery: a stream of instances (Start → SendEmail A → Delay → SendEmail B → End) is started
/// while the host is killed (SIGKILL) at random moments and started again. Once everything has
/// finished, every instance has done each step exactly once, its state, journal rows and outbox
/// agree, and every email was sent at least once and at most twice (one duplicate at most per kill).
/// Shared by the SQLite and the PostgreSQL test.
/// </summary>
internal sealed class CrashScenario(HostProcess host, DatabaseReader database, int kills)
{
    private const int Instances = 30;
    private const string DefinitionId = "krasch";
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    // Instance id → correlation id, for every start the API confirmed with 201.
    private readonly ConcurrentDictionary<string, string> confirmed = new();
    private readonly ConcurrentQueue<string> refusals = new();
    private readonly TestSeed seed = TestSeed.FromEnvironment();
    private int cutOff;

    /// <summary>Runs the scenario; fails with the host's output and the seed of its random moments when a property does not hold.</summary>
    public Task RunAsync() => seed.RunAsync(RunScenarioAsync);

    private async Task RunScenarioAsync()
    {
        var random = seed.NewRandom();
        await host.StartAsync();
        using (var api = new CoordinatorApi(host.CreateClient())) await api.PublishAsync(TestWorkflows.EmailDelayEmail(DefinitionId, Delay));

        var stream = Task.Run(StartStreamAsync);
        var killsDuringStream = 0;
        for (var kill = 0; kill < kills; kill++)
        {
            // A few more starts since the last restart, then a random moment: steps, emails and timers are in flight.
            var target = Math.Min(Instances, confirmed.Count + random.Next(2, 7));
            await Poll.UntilAsync(() => Task.FromResult(confirmed.Count), c => c >= target || stream.IsCompleted, TimeSpan.FromSeconds(60),
                c => $"only {c} of {target} starts confirmed. {IntegrationHost.Tail(host)}", TimeSpan.FromMilliseconds(50));
            await Task.Delay(random.Next(0, 400));
            if (!stream.IsCompleted) killsDuringStream++;
            await host.KillAsync();
            await host.StartAsync();
        }
        await stream.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(killsDuringStream > 0, "Every kill came after the last start, so none hit a start request.");
        Assert.True(refusals.IsEmpty, $"The host answered starts with errors: {string.Join("; ", refusals.Take(5))}\n{IntegrationHost.Tail(host)}");

        var instanceIds = await WaitUntilAllFinishedAsync();
        await VerifyAsync(instanceIds);
    }

    // Starts instances one after another, a little apart, until the API has confirmed enough of them.
    // A start cut off by a kill (or refused while the host is down) is not retried: its instance may
    // or may not exist, and the checks take whatever the database holds.
    private async Task StartStreamAsync()
    {
        var random = seed.NewRandom(stream: 1);
        for (var n = 1; confirmed.Count < Instances; n++)
        {
            var correlationId = $"NBD-KRASCH-{n}";
            using var client = host.CreateClient();
            client.Timeout = TimeSpan.FromSeconds(15);
            using var api = new CoordinatorApi(client);
            try
            {
                var instance = await api.StartAsync(DefinitionId, correlationId);
                confirmed[instance.Id] = correlationId;
            }
            catch (HttpRequestException e) when (e.StatusCode is { } status)
            {
                refusals.Enqueue($"{correlationId}: {(int)status} {e.Message}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref cutOff);
            }
            await Task.Delay(random.Next(50, 200));
        }
    }

    private async Task<IReadOnlyList<string>> WaitUntilAllFinishedAsync()
    {
        var state = await Poll.UntilAsync(
            async () => (
                Unfinished: await database.CountAsync($"SELECT COUNT(*) FROM instances WHERE definition_id = '{DefinitionId}' AND status <> 'Finished'"),
                Unsent: await database.CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"),
                Ids: (await database.RowsAsync($"SELECT id FROM instances WHERE definition_id = '{DefinitionId}'")).Select(r => (string)r[0]!).ToList()),
            s => s.Unfinished == 0 && s.Unsent == 0 && confirmed.Keys.All(s.Ids.Contains),
            TimeSpan.FromSeconds(90),
            s => $"{s.Unfinished} instance(s) unfinished, {s.Unsent} email(s) unsent, " +
                 $"{confirmed.Keys.Count(id => !s.Ids.Contains(id))} confirmed instance(s) missing from {database.Description}. {IntegrationHost.Tail(host)}",
            TimeSpan.FromSeconds(1));
        return state.Ids;
    }

    private async Task VerifyAsync(IReadOnlyList<string> instanceIds)
    {
        var context = $"{kills} kills, {confirmed.Count} confirmed and {cutOff} cut-off start(s), {instanceIds.Count} instance(s) in {database.Description}.";
        Assert.True(instanceIds.Count >= Instances, context);
        var states = (await database.RowsAsync($"SELECT id, state_json FROM instances WHERE definition_id = '{DefinitionId}'"))
            .ToDictionary(r => (string)r[0]!, r => WorkflowStateSerializer.Deserialize((string)r[1]!));
        var journalRows = await GroupAsync("SELECT instance_id, activity_id, event_type FROM journal");
        var outbox = await GroupAsync("SELECT instance_id, id, sent_at FROM outbox");

        foreach (var (id, instance) in states)
        {
            var where = $"Instance {id} ({instance.CorrelationId}); {context}";
            Assert.True(instance.Status == WorkflowStatus.Finished, $"{where}: {instance.Status}");
            foreach (var mail in new[] { TestWorkflows.MailA, TestWorkflows.MailB })
            {
                Assert.True(journalRows[id].Count(r => (string)r[1]! == mail && (string)r[2]! == "Completed") == 1,
                    $"{where}: {mail} did not complete exactly once in the journal table.");
            }
            // State and journal rows are written in one transaction, so the state's journal counter always matches the rows.
            Assert.True(instance.LastJournalSequence == journalRows[id].Count,
                $"{where}: the state numbers {instance.LastJournalSequence} journal entries, the table holds {journalRows[id].Count}.");
            var messages = outbox.GetValueOrDefault(id) ?? [];
            Assert.True(messages.Count == 2 && messages.Select(m => m[1]).Distinct().Count() == 2, $"{where}: {messages.Count} outbox row(s).");
            Assert.True(messages.All(m => m[2] is not null), $"{where}: an email was never marked sent.");
        }

        var files = PickupMail.CountByOutboxId(IntegrationHost.MailDirectoryOf(host));
        var outboxIds = outbox.Values.SelectMany(m => m).Select(m => (string)m[1]!).ToList();
        var counts = string.Join(", ", files.Where(f => f.Value != 1).Select(f => $"{f.Key}×{f.Value}"));
        Assert.All(outboxIds, oid => Assert.True(files.GetValueOrDefault(oid) is 1 or 2, $"Email {oid} was written {files.GetValueOrDefault(oid)} time(s). {context}"));
        Assert.True(files.Keys.All(outboxIds.Contains), $"An email was written for no outbox row. {context}");
        var duplicates = files.Values.Sum(c => c - 1);
        Assert.True(duplicates <= kills, $"{duplicates} duplicate email(s) after {kills} kills: {counts}. {context}");
    }

    // Rows grouped by their first column (the instance id).
    private async Task<Dictionary<string, List<object?[]>>> GroupAsync(string sql) =>
        (await database.RowsAsync(sql)).GroupBy(r => (string)r[0]!).ToDictionary(g => g.Key, g => g.ToList());
}
