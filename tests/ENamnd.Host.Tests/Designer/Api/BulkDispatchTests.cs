using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary><c>POST /workflow-definitions/{definitionId}/bulk-dispatch</c>: Elsa's start of many instances in the background.</summary>
public class BulkDispatchTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    private async Task<JsonObject> PublishAsync() =>
        await api.SaveAsync(ElsaJson.Chain(null, $"Många {Guid.NewGuid():N}", ElsaJson.WriteLine("a1", "Hej"), ElsaJson.Event("e1", "klart")), publish: true);

    // The job queue starts each instance soon after the answer.
    private async Task<JsonObject> WaitForInstanceAsync(string instanceId)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var response = await api.GetAsync($"/workflow-instances/{instanceId}");
            if (response.StatusCode == HttpStatusCode.OK) return await DesignerApi.ReadObjectAsync(response);
            await Task.Delay(250);
        }
        throw new TimeoutException($"Instansen {instanceId} startades inte.");
    }

    [Fact]
    public async Task Should_StartAsManyInstancesAsAsked_When_BulkDispatched()
    {
        var definition = await PublishAsync();
        var body = new JsonObject { ["count"] = 3, ["correlationId"] = "2026/9", ["input"] = new JsonObject { ["belopp"] = 7 } };

        var answer = await api.PostObjectAsync($"/workflow-definitions/{definition["definitionId"]}/bulk-dispatch", body);

        var ids = answer["workflowInstanceIds"]!.AsArray().Select(i => (string)i!).ToList();
        Assert.Equal(3, ids.Distinct().Count());
        foreach (var id in ids)
        {
            var instance = await WaitForInstanceAsync(id);
            Assert.Equal("2026/9", (string?)instance["correlationId"]);
            Assert.Equal((string?)definition["id"], (string?)instance["definitionVersionId"]);
            Assert.Equal(7, (int)instance["workflowState"]!["input"]!["belopp"]!);
        }
    }

    [Fact]
    public async Task Should_RefuseAndStartNothing_When_TheRequestIsBad()
    {
        var definition = await PublishAsync();
        var path = $"/workflow-definitions/{definition["definitionId"]}/bulk-dispatch";
        var draft = await api.SaveAsync(ElsaJson.Chain(null, $"Utkast {Guid.NewGuid():N}", ElsaJson.WriteLine("a1", "Hej")));

        var tooMany = await api.PostAsync(path, new JsonObject { ["count"] = WorkflowCountPastLimit });
        var none = await api.PostAsync(path, new JsonObject { ["count"] = 0 });
        var badVersion = await api.PostAsync(path, new JsonObject { ["versionOptions"] = "Nyaste" });
        var unpublished = await api.PostAsync($"/workflow-definitions/{draft["definitionId"]}/bulk-dispatch", new JsonObject());
        var unknown = await api.PostAsync("/workflow-definitions/saknas/bulk-dispatch", new JsonObject());

        Assert.Contains(await DesignerApi.ErrorsAsync(tooMany), m => m.StartsWith("count:", StringComparison.Ordinal) && m.Contains("1000"));
        Assert.Contains(await DesignerApi.ErrorsAsync(none), m => m.StartsWith("count:", StringComparison.Ordinal));
        Assert.Contains(await DesignerApi.ErrorsAsync(badVersion), m => m.Contains("versionOptions"));
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var started = await api.PostObjectAsync("/workflow-instances", new JsonObject { ["definitionId"] = (string)definition["definitionId"]! });
        Assert.Equal(0, (int)started["totalCount"]!);
    }

    private const int WorkflowCountPastLimit = 1001;
}
