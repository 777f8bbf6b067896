using System.Net;

namespace ENamnd.Host.Tests.Designer.Api;

public class DesignerAuthTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    [Theory]
    [InlineData("GET", "/workflow-definitions")]
    [InlineData("GET", "/workflow-definitions/by-definition-id/def1?versionOptions=Latest")]
    [InlineData("POST", "/workflow-definitions")]
    [InlineData("GET", "/descriptors/activities")]
    [InlineData("GET", "/descriptors/expression-descriptors")]
    [InlineData("GET", "/features/installed")]
    [InlineData("POST", "/workflow-definitions/def1/execute")]
    [InlineData("POST", "/workflow-instances")]
    [InlineData("GET", "/workflow-instances/x/journal")]
    [InlineData("GET", "/activity-execution-summaries/list")]
    [InlineData("DELETE", "/workflow-definitions/def1")]
    [InlineData("GET", "/workflow-definitions/def1/consumers")]
    [InlineData("POST", "/workflow-definitions/def1/update-references")]
    [InlineData("DELETE", "/workflow-instances/i1")]
    [InlineData("POST", "/workflow-definitions/def1/dispatch")]
    [InlineData("POST", "/events/godkänt/trigger")]
    [InlineData("POST", "/bulk-actions/export/workflow-definitions")]
    [InlineData("GET", "/workflow-definitions/def1/export?includeConsumingWorkflows=true")]
    [InlineData("GET", "/workflow-definitions/subgraph/v1")]
    [InlineData("GET", "/workflow-definitions/subgraph/segments/v1?childNodeId=n1")]
    [InlineData("POST", "/bulk-actions/delete/workflow-instances")]
    [InlineData("POST", "/bulk-actions/delete/workflow-instances/by-id")]
    [InlineData("POST", "/bulk-actions/cancel/workflow-instances")]
    public async Task Should_Answer401_When_Anonymous(string method, string path)
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), DesignerApi.Base + path)
        {
            Content = method == "GET" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Should_Answer_When_ApiKeySent()
    {
        using var coordinator = factory.CreateCoordinatorClient();

        var response = await coordinator.GetAsync(DesignerApi.Base + "/descriptors/activities");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
