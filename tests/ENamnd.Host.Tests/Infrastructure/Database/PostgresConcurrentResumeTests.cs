using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Tests.Integration;
using ENamnd.Persistence;
using ENamnd.Persistence.Tests;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Infrastructure.Database;

/// <summary>
/// The runtime on PostgreSQL resumes a bookmark once when two callers race for it. The callers use
/// two separate service providers, as two hosts would, so only the database's advisory lock per
/// instance keeps them apart.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public sealed class PostgresConcurrentResumeTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const int Rounds = 50;
    private string database = "";
    private PersistenceHarness first = null!;
    private PersistenceHarness second = null!;

    public async Task InitializeAsync()
    {
        database = await postgres.CreateDatabaseAsync("resume_race");
        first = await PersistenceHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Postgres, database));
        second = await PersistenceHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Postgres, database));
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
    }

    [Fact]
    public async Task Should_ResumeOnce_When_SameBookmarkResumedTwiceConcurrently()
    {
        var runtimes = new[] { first.Services.GetRequiredService<IWorkflowRuntime>(), second.Services.GetRequiredService<IWorkflowRuntime>() };
        await first.Definitions.SaveAsync(new WorkflowBuilder("kapplopp", "Kapplöpning").Build(EventThenLog()));
        var reader = DatabaseReader.Postgres(database);

        for (var round = 0; round < Rounds; round++)
        {
            var started = await runtimes[round % 2].StartAsync(new StartWorkflowRequest("kapplopp") { CorrelationId = $"NBD-{round}" });
            var bookmark = Assert.Single(started.Instance.Bookmarks);
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var racers = runtimes.Select(runtime => Task.Run(async () =>
            {
                await go.Task;
                return await runtime.ResumeAsync(bookmark.Id);
            })).ToArray();

            go.SetResult();
            var results = await Task.WhenAll(racers);

            var outcomes = string.Join(", ", results.Select(r => r.Outcome));
            Assert.True(results.Count(r => r.Outcome == ResumeOutcome.Resumed) == 1, $"Round {round}: {outcomes}");
            Assert.True(results.Count(r => r.Outcome == ResumeOutcome.AlreadyHandled) == 1, $"Round {round}: {outcomes}");
            var instance = await first.State.Instances.FindAsync(started.Instance.Id);
            Assert.Equal(WorkflowStatus.Finished, instance!.Status);
            Assert.Single(await first.State.Instances.JournalAsync(instance.Id), e => e.ActivityId == "log" && e.EventType == JournalEventType.Completed);
            Assert.Equal(1, await reader.CountAsync($"SELECT COUNT(*) FROM audit WHERE bookmark_id = '{bookmark.Id}' AND action = 'resume'"));
            Assert.Equal(1, await reader.CountAsync($"SELECT COUNT(*) FROM journal WHERE instance_id = '{instance.Id}' AND activity_id = 'log' AND event_type = 'Completed'"));
        }
    }

    private static Flowchart EventThenLog()
    {
        var start = new Start { Id = "start" };
        var wait = new Event(new Input<string>("go")) { Id = "ev" };
        var log = new WriteLine(new Input<string>("efter händelsen")) { Id = "log" };
        return new Flowchart().Connect(start, wait).Connect(wait, log);
    }
}
