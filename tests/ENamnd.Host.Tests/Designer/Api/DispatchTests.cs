using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary><c>POST /workflow-definitions/{definitionId}/dispatch</c> and <c>…/bulk-dispatch</c>: Elsa's starts in the background.</summary>
public class DispatchTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    private async Task<JsonObject> PublishAsync() =>
        await api.SaveAsync(ElsaJson.Chain(null, $"Skickas {Guid.NewGuid():N}", ElsaJson.WriteLine("a1", "Hej"), ElsaJson.Event("e1", "klart")), publish: true);

    // The job queue starts the instance soon after the answer.
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
    public async Task Should_StartThePublishedVersionInTheBackground_When_Dispatched()
    {
        var definition = await PublishAsync();
        var body = new JsonObject { ["correlationId"] = "2026/7", ["input"] = new JsonObject { ["belopp"] = 5 } };

        var answer = await api.PostObjectAsync($"/workflow-definitions/{definition["definitionId"]}/dispatch", body);

        var instanceId = (string)answer["workflowInstanceId"]!;
        var instance = await WaitForInstanceAsync(instanceId);
        Assert.Equal("2026/7", (string?)instance["correlationId"]);
        Assert.Equal((string?)definition["id"], (string?)instance["definitionVersionId"]);
        Assert.Equal(5, (int)instance["workflowState"]!["input"]!["belopp"]!);
    }

    [Fact]
    public async Task Should_UseTheGivenInstanceIdOnce_When_DispatchedWithOne()
    {
        var definition = await PublishAsync();
        var instanceId = $"skickad-{Guid.NewGuid():N}";
        var path = $"/workflow-definitions/{definition["definitionId"]}/dispatch";

        var answer = await api.PostObjectAsync(path, new JsonObject { ["instanceId"] = instanceId });
        await WaitForInstanceAsync(instanceId);
        var again = await api.PostAsync(path, new JsonObject { ["instanceId"] = instanceId });

        Assert.Equal(instanceId, (string?)answer["workflowInstanceId"]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Should_RefuseAndStartNothing_When_TheRequestIsBad()
    {
        var draft = await api.SaveAsync(ElsaJson.Chain(null, $"Utkast {Guid.NewGuid():N}", ElsaJson.WriteLine("a1", "Hej")));
        var path = $"/workflow-definitions/{draft["definitionId"]}/dispatch";

        var unpublished = await api.PostAsync(path, new JsonObject());
        var unknown = await api.PostAsync("/workflow-definitions/saknas/dispatch", new JsonObject());
        var badVersion = await api.PostAsync(path, new JsonObject { ["versionOptions"] = "Nyaste" });
        var badId = await api.PostAsync(path, new JsonObject { ["versionOptions"] = "Latest", ["instanceId"] = "a b/c" });

        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains(await DesignerApi.ErrorsAsync(badVersion), m => m.Contains("versionOptions"));
        Assert.Contains(await DesignerApi.ErrorsAsync(badId), m => m.StartsWith("instanceId"));
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
    public async Task Should_RefuseAndStartNothing_When_TheBulkRequestIsBad()
    {
        var definition = await PublishAsync();
        var path = $"/workflow-definitions/{definition["definitionId"]}/bulk-dispatch";
        var draft = await api.SaveAsync(ElsaJson.Chain(null, $"Utkast {Guid.NewGuid():N}", ElsaJson.WriteLine("a1", "Hej")));

        var tooMany = await api.PostAsync(path, new JsonObject { ["count"] = 1001 });
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

}
