using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Tasks;

namespace ENamnd.Host.Tests.Features.Tasks;

public class TaskApiTests(TaskHostFactory host) : IClassFixture<TaskHostFactory>
{
    [Fact]
    public async Task Should_CompleteTask_When_ApiClientSendsToken()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var client = host.CreateClient();

        var response = await client.PostAsJsonAsync($"/api/tasks/{link.TaskId}/complete", new { token = link.Token, outcome = "Returned", comment = "Komplettera budgeten." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(link.TaskId, (string?)body!["taskId"]);
        Assert.Equal("Returned", (string?)body["outcome"]);
        Assert.Equal("Decided", (string?)body["status"]);
        var decision = Assert.Single(await TaskScenario.DecisionsAsync(host, link.TaskId));
        Assert.Equal(TaskChannels.Api, decision.Channel);
        Assert.Equal("Komplettera budgeten.", decision.Comment);
        var instance = await TaskScenario.InstanceAsync(host, link.InstanceId);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Contains(instance.Journal, e => e.ActivityId == "returned" && e.EventType == JournalEventType.Completed);
    }

    [Fact]
    public async Task Should_StoreTheDeclaredSpelling_When_ApiAnswerDiffersInCaseAndSpace()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var client = host.CreateClient();

        var response = await client.PostAsJsonAsync($"/api/tasks/{link.TaskId}/complete", new { token = link.Token, outcome = " returned " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Returned", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["outcome"]);
        Assert.Equal("Returned", (await TaskScenario.TaskAsync(host, link.TaskId)).Outcome);
        var instance = await TaskScenario.InstanceAsync(host, link.InstanceId);
        Assert.Contains(instance.Journal, e => e.ActivityId == "returned" && e.EventType == JournalEventType.Completed);
    }

    [Fact]
    public async Task Should_AnswerSwedishProblems_When_ApiAnswerRefused()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var client = host.CreateClient();
        var url = $"/api/tasks/{link.TaskId}/complete";

        var badOutcome = await client.PostAsJsonAsync(url, new { token = link.Token, outcome = "Kanske" });
        var badToken = await client.PostAsJsonAsync(url, new { token = "fel", outcome = "Approved" });
        var accepted = await client.PostAsJsonAsync(url, new { token = link.Token, outcome = "Approved" });
        var replay = await client.PostAsJsonAsync(url, new { token = link.Token, outcome = "Approved" });

        Assert.Equal(HttpStatusCode.BadRequest, badOutcome.StatusCode);
        Assert.Contains("Svaret finns inte bland alternativen", await badOutcome.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, badToken.StatusCode);
        Assert.Equal("Länken är ogiltig.", (string?)(await badToken.Content.ReadFromJsonAsync<JsonObject>())!["detail"]);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal("application/problem+json", replay.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Frågan är redan besvarad.", (string?)(await replay.Content.ReadFromJsonAsync<JsonObject>())!["detail"]);
    }

    [Theory]
    [InlineData("comment", "Bra\u0000underlag", "Fältet comment innehåller ett otillåtet tecken (styrtecken U+0000).")]
    [InlineData("reference", "KS 2026-05-12\r\n§ 14", "Fältet reference får inte innehålla radbrytningar.")]
    public async Task Should_Answer400AndChangeNothing_When_TheAnswerHasTextNoFieldTakes(string field, string value, string message)
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var client = host.CreateClient();

        var response = await client.PostAsJsonAsync($"/api/tasks/{link.TaskId}/complete", new Dictionary<string, string>
        {
            ["token"] = link.Token, ["outcome"] = "Approved", [field] = value,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(message, (string?)problem["errors"]![field]![0]);
        Assert.Equal(HumanTaskStatus.Open, (await TaskScenario.TaskAsync(host, link.TaskId)).Status);
        Assert.Empty(await TaskScenario.DecisionsAsync(host, link.TaskId));
    }

    [Fact]
    public async Task Should_ListTasksWithoutTokenHash_When_CoordinatorAsks()
    {
        var link = await TaskScenario.StartApprovalAsync(host);
        using var coordinator = host.CreateCoordinatorClient();
        using var anonymous = host.CreateClient();

        var list = await coordinator.GetAsync($"/api/tasks?caseNumber={Uri.EscapeDataString(link.CaseNumber)}&status=Open");
        var one = await coordinator.GetAsync($"/api/tasks/{link.TaskId}");
        var refused = await anonymous.GetAsync("/api/tasks");
        var badStatus = await coordinator.GetAsync("/api/tasks?status=Halvklar");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var task = Assert.Single((await list.Content.ReadFromJsonAsync<JsonArray>())!)!.AsObject();
        Assert.Equal(link.TaskId, (string?)task["id"]);
        Assert.Equal(TaskScenario.Approver, (string?)task["recipientEmail"]);
        Assert.Equal(TaskScenario.ApproverName, (string?)task["recipientName"]);
        Assert.Equal("Open", (string?)task["status"]);
        Assert.Equal(3, task["choices"]!.AsArray().Count);
        var text = await one.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.DoesNotContain("tokenHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(link.Token, text);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
    }
}
