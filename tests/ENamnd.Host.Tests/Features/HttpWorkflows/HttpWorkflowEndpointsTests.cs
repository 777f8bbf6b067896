using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Designer.Api;

namespace ENamnd.Host.Tests.Features.HttpWorkflows;

/// <summary>Workflow endpoints under <c>/workflows</c>: a request starts a published workflow or resumes a waiting instance.</summary>
public class HttpWorkflowEndpointsTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_AnswerWithTheWorkflowsResponse_When_AGetMatchesAPublishedEndpoint()
    {
        await PublishAsync("http-hej", HttpWorkflowJson.Endpoint("endpoint", "hej-varlden", ["GET"]), HttpWorkflowJson.Response("svar", "Hello World!"));

        var response = await api.Client.GetAsync("/workflows/hej-varlden");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello World!", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["ja"], response.Headers.GetValues("X-Arbetsflode"));
    }

    [Fact]
    public async Task Should_HandTheRouteValuesAndTheJsonBodyToTheWorkflow_When_APostMatchesATemplate()
    {
        await PublishAsync("http-order",
            HttpWorkflowJson.Endpoint("endpoint", "orders/{id}", ["POST"]),
            HttpWorkflowJson.Response("svar", "({ id: getOutputFrom('endpoint', 'RouteData').id, amount: getOutputFrom('endpoint', 'ParsedContent').amount })", "Created", javaScript: true));

        var response = await api.Client.PostAsJsonAsync("/workflows/Orders/17", new { amount = 250 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("17", 250), ((string?)body["id"], (int)body["amount"]!));
    }

    [Fact]
    public async Task Should_Answer401WithoutRunningAnything_When_TheCallerIsNotSignedIn()
    {
        await PublishAsync("http-skyddad", HttpWorkflowJson.Endpoint("endpoint", "skyddad", ["GET"]), HttpWorkflowJson.Response("svar", "hemligt"));
        using var anonymous = factory.CreateClient();

        var known = await anonymous.GetAsync("/workflows/skyddad");
        var unknown = await anonymous.GetAsync("/workflows/finns-inte-alls");

        await AssertProblemAsync(known, HttpStatusCode.Unauthorized, "samordnarnyckeln");
        await AssertProblemAsync(unknown, HttpStatusCode.Unauthorized, "samordnarnyckeln");
        Assert.Empty(await InstancesOfAsync("http-skyddad"));
    }

    [Fact]
    public async Task Should_AnswerAnonymousCallers_When_TheEndpointAllowsThem()
    {
        await PublishAsync("http-oppen", HttpWorkflowJson.Endpoint("endpoint", "oppen", ["GET"], allowAnonymous: true), HttpWorkflowJson.Response("svar", "välkommen"));
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync("/workflows/oppen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("välkommen", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_Answer413AndStartNothing_When_TheBodyIsLargerThanTheLimit()
    {
        await PublishAsync("http-liten", HttpWorkflowJson.Endpoint("endpoint", "liten", ["POST"], sizeLimit: 16), HttpWorkflowJson.Response("svar", "ok"));
        await PublishAsync("http-stor", HttpWorkflowJson.Endpoint("endpoint", "stor", ["POST"]), HttpWorkflowJson.Response("svar", "ok"));

        var ownLimit = await api.Client.PostAsync("/workflows/liten", new StringContent(new string('x', 17), Encoding.UTF8, "text/plain"));
        var hostLimit = await api.Client.PostAsync("/workflows/stor", new ByteArrayContent(new byte[1024 * 1024 + 1]));
        var underLimit = await api.Client.PostAsync("/workflows/liten", new StringContent(new string('x', 16), Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(ownLimit, HttpStatusCode.RequestEntityTooLarge, "16 byte");
        await AssertProblemAsync(hostLimit, HttpStatusCode.RequestEntityTooLarge, "1048576 byte");
        Assert.Equal(HttpStatusCode.OK, underLimit.StatusCode);
        Assert.Single(await InstancesOfAsync("http-liten"));
        Assert.Empty(await InstancesOfAsync("http-stor"));
    }

    [Fact]
    public async Task Should_Answer400InSwedish_When_TheJsonBodyDoesNotParse()
    {
        await PublishAsync("http-json", HttpWorkflowJson.Endpoint("endpoint", "json", ["POST"]), HttpWorkflowJson.Response("svar", "ok"));

        var response = await api.Client.PostAsync("/workflows/json", new StringContent("{ inte json", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "inte giltig JSON");
        Assert.Empty(await InstancesOfAsync("http-json"));
    }

    [Fact]
    public async Task Should_Answer404InSwedish_When_NoWorkflowAnswersThePathOrMethod()
    {
        await PublishAsync("http-bara-get", HttpWorkflowJson.Endpoint("endpoint", "bara-get", ["GET"]), HttpWorkflowJson.Response("svar", "ok"));

        var unknown = await api.Client.GetAsync("/workflows/inget-arbetsflode");
        var wrongMethod = await api.Client.DeleteAsync("/workflows/bara-get");

        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "Inget arbetsflöde svarar på GET /inget-arbetsflode");
        await AssertProblemAsync(wrongMethod, HttpStatusCode.NotFound, "DELETE /bara-get");
    }

    [Fact]
    public async Task Should_ResumeTheWaitingInstanceAndAnswer_When_ARequestMatchesItsEndpoint()
    {
        await PublishAsync("http-vantar",
            ElsaJson.Activity("start", "Elsa.Start"),
            HttpWorkflowJson.Endpoint("endpoint", "beslut/{arende}", ["POST"]),
            HttpWorkflowJson.Response("svar", "'Beslut i ' + getOutputFrom('endpoint', 'RouteData').arende + ': ' + getOutputFrom('endpoint', 'ParsedContent').beslut", javaScript: true));
        var started = await (await api.Client.PostAsJsonAsync("/api/instances", new { definitionId = "http-vantar" })).Content.ReadFromJsonAsync<JsonObject>();
        var instanceId = (string)started!["id"]!;

        var response = await api.Client.PostAsJsonAsync($"/workflows/beslut/E-2026-17?workflowInstanceId={instanceId}", new { beslut = "bifall" });
        var again = await api.Client.PostAsJsonAsync($"/workflows/beslut/E-2026-17?workflowInstanceId={instanceId}", new { beslut = "avslag" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Beslut i E-2026-17: bifall", await response.Content.ReadAsStringAsync());
        var instance = await api.Client.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}");
        Assert.Equal("Finished", (string?)instance!["subStatus"]);
        await AssertProblemAsync(again, HttpStatusCode.NotFound, "POST /beslut/E-2026-17");
    }

    [Fact]
    public async Task Should_Answer500InSwedish_When_TheWorkflowFaultsBeforeAnswering()
    {
        await PublishAsync("http-fel", HttpWorkflowJson.Endpoint("endpoint", "fel", ["GET"]),
            HttpWorkflowJson.Response("svar", "throw new Error('trasigt')", javaScript: true));

        var response = await api.Client.GetAsync("/workflows/fel");

        await AssertProblemAsync(response, HttpStatusCode.InternalServerError, "stoppades med ett fel");
    }

    [Fact]
    public async Task Should_PreferTheLiteralPath_When_ATemplateMatchesToo()
    {
        await PublishAsync("http-prio-mall", HttpWorkflowJson.Endpoint("endpoint", "prio/{id}", ["GET"]), HttpWorkflowJson.Response("svar", "mall"));
        await PublishAsync("http-prio-ny", HttpWorkflowJson.Endpoint("endpoint", "prio/ny", ["GET"]), HttpWorkflowJson.Response("svar", "ny"));

        Assert.Equal("ny", await api.Client.GetStringAsync("/workflows/prio/ny"));
        Assert.Equal("mall", await api.Client.GetStringAsync("/workflows/prio/5"));
    }

    [Fact]
    public async Task Should_Answer409_When_TwoPublishedWorkflowsAnswerTheSameRequest()
    {
        await PublishAsync("http-dubbel-1", HttpWorkflowJson.Endpoint("endpoint", "dubbel", ["GET"]), HttpWorkflowJson.Response("svar", "1"));
        await PublishAsync("http-dubbel-2", HttpWorkflowJson.Endpoint("endpoint", "dubbel", ["GET"]), HttpWorkflowJson.Response("svar", "2"));

        var response = await api.Client.GetAsync("/workflows/dubbel");

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "Flera arbetsflöden svarar på GET /dubbel");
    }

    [Fact]
    public async Task Should_HandTheFieldsAndQueryToTheWorkflow_When_AFormIsPosted()
    {
        await PublishAsync("http-formular", HttpWorkflowJson.Endpoint("endpoint", "formular", ["POST"]),
            HttpWorkflowJson.Response("svar", "getOutputFrom('endpoint', 'ParsedContent').namn + '/' + getOutputFrom('endpoint', 'QueryStringData').kalla + '/' + (getOutputFrom('endpoint', 'Headers').Authorization ?? 'inget')", javaScript: true));

        var response = await api.Client.PostAsync("/workflows/formular?kalla=webb", new FormUrlEncodedContent([new("namn", "Åsa Ek")]));

        Assert.Equal("Åsa Ek/webb/inget", await response.Content.ReadAsStringAsync());
    }

    // Imports the chain through the designer API and publishes it.
    private async Task PublishAsync(string definitionId, params JsonObject[] activities)
    {
        await api.PostObjectAsync("/workflow-definitions/import", ElsaJson.Chain(definitionId, definitionId, activities));
        await api.PostObjectAsync($"/workflow-definitions/{definitionId}/publish", new JsonObject());
    }

    private async Task<JsonArray> InstancesOfAsync(string definitionId) =>
        (JsonArray)(await api.GetObjectAsync($"/workflow-instances?definitionId={definitionId}"))["items"]!;

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (string?)JsonNode.Parse(text)!["detail"]);
    }
}
