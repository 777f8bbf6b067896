using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

public class ExecuteTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_StartLatestVersionAndNameInstanceInHeader_When_DesignerRuns()
    {
        var draft = await api.SaveAsync(ElsaJson.Chain(null, "Kör", ElsaJson.WriteLine("a1", "Hej")));
        var body = new JsonObject { ["correlationId"] = "2024/17", ["triggerActivityId"] = null, ["versionOptions"] = "Latest", ["input"] = new JsonObject { ["kommun"] = "Luleå" } };

        var response = await api.PostAsync($"/workflow-definitions/{draft["definitionId"]}/execute", body);

        var instance = await DesignerApi.ReadObjectAsync(response);
        var instanceId = Assert.Single(response.Headers.GetValues("x-elsa-workflow-instance-id"));
        Assert.Equal("False", Assert.Single(response.Headers.GetValues("x-elsa-workflow-cannot-start")));
        Assert.Equal(instanceId, (string?)instance["id"]);
        Assert.Equal("2024/17", (string?)instance["correlationId"]);
        Assert.Equal((string?)draft["id"], (string?)instance["definitionVersionId"]);
        Assert.Equal("Finished", (string?)instance["status"]);
        Assert.Equal("Luleå", (string?)instance["workflowState"]!["input"]!["kommun"]);
    }

    [Fact]
    public async Task Should_StartLatest_When_NoBodySent()
    {
        var draft = await api.SaveAsync(ElsaJson.Chain(null, "Utan kropp", ElsaJson.WriteLine("a1", "Hej")));

        var response = await api.Client.PostAsync($"{DesignerApi.Base}/workflow-definitions/{draft["definitionId"]}/execute", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("x-elsa-workflow-instance-id"));
    }

    [Fact]
    public async Task Should_SayCannotStart_When_DefinitionIsInvalid()
    {
        var draft = await api.SaveAsync(ElsaJson.Model(null, "Trasig", [ElsaJson.WriteLine("a1", "Hej")], [ElsaJson.Connection("a1", "borta")]));

        var response = await api.PostAsync($"/workflow-definitions/{draft["definitionId"]}/execute", new JsonObject { ["versionOptions"] = "Latest" });

        Assert.Equal("True", Assert.Single(response.Headers.GetValues("x-elsa-workflow-cannot-start")));
        Assert.False(response.Headers.Contains("x-elsa-workflow-instance-id"));
        Assert.NotEmpty(await DesignerApi.ErrorsAsync(response));
    }

    [Fact]
    public async Task Should_Answer404_When_NoVersionMatches()
    {
        var draft = await api.SaveAsync(ElsaJson.Chain(null, "Opublicerad", ElsaJson.WriteLine("a1", "Hej")));

        var response = await api.PostAsync($"/workflow-definitions/{draft["definitionId"]}/execute", new JsonObject { ["versionOptions"] = "Published" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
