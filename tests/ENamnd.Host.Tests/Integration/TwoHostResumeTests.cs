using System.Collections.Concurrent;
using System.Net;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;
using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Integration;

/// <summary>
/// Two hosts on one PostgreSQL database: the same bookmark resumed through both at once is resumed
/// by exactly one of them, and the step after it runs once.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class TwoHostResumeTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const int Instances = 200;
    private const int ParallelPairs = 16;
    private string database = "";
    private HostProcess? first;
    private HostProcess? second;

    public async Task InitializeAsync()
    {
        database = await postgres.CreateDatabaseAsync("two_hosts");
        first = IntegrationHost.Create(database);
        second = IntegrationHost.Create(database);
    }

    public async Task DisposeAsync()
    {
        if (first is not null) await first.DisposeAsync();
        if (second is not null) await second.DisposeAsync();
    }

    [Fact]
    public async Task Should_ResumeEachBookmarkOnce_When_ResumedThroughTwoHostsAtOnce()
    {
        await first!.StartAsync();
        await second!.StartAsync();
        using var apiA = new CoordinatorApi(first.CreateClient());
        using var apiB = new CoordinatorApi(second.CreateClient());
        await apiA.PublishAsync(TestWorkflows.EventThenLog("handelse"));
        var waiting = new ConcurrentBag<InstanceSnapshot>();
        await Parallel.ForEachAsync(Enumerable.Range(1, Instances), new ParallelOptions { MaxDegreeOfParallelism = ParallelPairs },
            async (n, ct) => waiting.Add(await apiA.StartAsync("handelse", $"NBD-2026-{n}", ct)));
        var bookmarks = waiting.ToDictionary(i => Assert.Single(i.Bookmarks).Id, i => i.Id);

        var answers = new ConcurrentDictionary<string, HttpStatusCode[]>();
        await Parallel.ForEachAsync(bookmarks.Keys, new ParallelOptions { MaxDegreeOfParallelism = ParallelPairs }, async (bookmark, _) =>
            answers[bookmark] = await Task.WhenAll(Task.Run(() => apiA.ResumeAsync(bookmark)), Task.Run(() => apiB.ResumeAsync(bookmark))));

        var context = $"{IntegrationHost.Tail(first, 30)}\n{IntegrationHost.Tail(second, 30)}";
        var wrong = answers.Where(a => a.Value.Order().ToArray() is not [HttpStatusCode.OK, HttpStatusCode.Conflict]).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} bookmark(s) did not get one 200 and one 409, e.g. {string.Join("; ", wrong.Take(5).Select(w => $"{w.Key}: {string.Join("/", w.Value)}"))}\n{context}");
        Assert.True(answers.Values.Any(a => a[0] == HttpStatusCode.OK) && answers.Values.Any(a => a[1] == HttpStatusCode.OK),
            "One host won every race, so the two never competed.");
        var reader = DatabaseReader.Postgres(database);
        Assert.Equal(Instances, await reader.CountAsync("SELECT COUNT(*) FROM instances WHERE status = 'Finished'"));
        Assert.Equal(Instances, await reader.CountAsync("SELECT COUNT(*) FROM instances"));
        var stepRuns = await PerInstanceAsync(reader, $"SELECT instance_id, COUNT(*) FROM journal WHERE activity_id = '{TestWorkflows.AfterEvent}' AND event_type = 'Completed' GROUP BY instance_id");
        Assert.Equal(bookmarks.Values.Order(), stepRuns.Keys.Order());
        Assert.All(stepRuns, r => Assert.True(r.Value == 1, $"The step after the event ran {r.Value} times in {r.Key}."));
        var resumes = await PerInstanceAsync(reader, "SELECT bookmark_id, COUNT(*) FROM audit WHERE action = 'resume' GROUP BY bookmark_id");
        Assert.Equal(bookmarks.Keys.Order(), resumes.Keys.Order());
        Assert.All(resumes, r => Assert.True(r.Value == 1, $"Bookmark {r.Key} has {r.Value} resume records."));
    }

    private static async Task<Dictionary<string, long>> PerInstanceAsync(DatabaseReader reader, string sql) =>
        (await reader.RowsAsync(sql)).ToDictionary(r => (string)r[0]!, r => Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture));
}
