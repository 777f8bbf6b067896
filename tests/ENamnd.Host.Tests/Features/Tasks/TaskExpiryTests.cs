using System.Net;
using ENamnd.Activities.Tasks;

namespace ENamnd.Host.Tests.Features.Tasks;

public class TaskExpiryTests(TaskHostFactory host) : IClassFixture<TaskHostFactory>
{
    [Fact]
    public async Task Should_Answer410_When_LinkExpired()
    {
        // A link works for 30 days after the deadline.
        var link = await TaskScenario.StartApprovalAsync(host, deadline: TimeSpan.FromDays(1));
        using var client = host.CreateParticipantClient();
        // The deadline falls on a working day at 16.00, so the link's life is counted from there.
        var due = (await TaskScenario.TaskAsync(host, link.TaskId)).DueAt!.Value;
        host.Clock.Set(due + TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        var page = await client.GetAsync(link.PathAndQuery);
        var post = await TaskScenario.PostFormAsync(client, link, "Approved");

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Contains("Länken har gått ut.", await post.Content.ReadAsStringAsync());
        Assert.Empty(await TaskScenario.DecisionsAsync(host, link.TaskId));
        Assert.NotEqual(HumanTaskStatus.Decided, (await TaskScenario.TaskAsync(host, link.TaskId)).Status);
    }
}
