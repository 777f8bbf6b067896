using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Activities.Http;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Activities.Http;

public class WriteHttpResponseTests
{
    [Fact]
    public async Task Should_WriteTextAsItIs_When_TheContentIsText()
    {
        var (instance, exchange) = await AnswerAsync(new WriteHttpResponse { Content = new Input<object?>("Hello World!") });

        InstanceAssert.Finished(instance);
        var response = exchange.Response!;
        Assert.Equal((200, "text/plain", "Hello World!"), (response.StatusCode, response.ContentType, response.Body));
        Assert.Empty(response.Headers);
    }

    [Fact]
    public async Task Should_WriteJsonWithStatusAndHeaders_When_TheContentIsAnObject()
    {
        var (_, exchange) = await AnswerAsync(new WriteHttpResponse
        {
            StatusCode = new Input<HttpStatusCode>(HttpStatusCode.Created),
            Content = new Input<object?>(Expression.Object("{\"id\": 17}")),
            ResponseHeaders = new Input<object?>("{\"Location\": \"/orders/17\", \"X-Flera\": [\"a\", \"b\"]}"),
        });

        var response = exchange.Response!;
        Assert.Equal(201, response.StatusCode);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal(17, (int)JsonNode.Parse(response.Body!)!["id"]!);
        Assert.Equal(["/orders/17"], response.Headers["Location"]);
        Assert.Equal(["a", "b"], response.Headers["X-Flera"]);
    }

    [Fact]
    public async Task Should_WriteAForm_When_TheContentTypeIsAForm()
    {
        var (_, exchange) = await AnswerAsync(new WriteHttpResponse
        {
            Content = new Input<object?>(Expression.Object("{\"namn\": \"Åsa Ek\", \"antal\": 2}")),
            ContentType = new Input<string?>(HttpContentTypes.Form),
        });

        Assert.Equal("namn=%C3%85sa%20Ek&antal=2", exchange.Response!.Body);
    }

    [Fact]
    public async Task Should_Fault_When_NoRequestIsBeingAnswered()
    {
        var harness = new EngineHarness();

        var instance = await harness.RunAsync(new WorkflowBuilder("svar", "Svar").Build(new Flowchart().Add(new WriteHttpResponse { Content = new Input<object?>("x") })));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Contains("ingen HTTP-begäran", instance.Incidents.Single().Message);
    }

    [Fact]
    public async Task Should_Fault_When_TheBodyIsLargerThanTheLimit()
    {
        var (instance, exchange) = await AnswerAsync(new WriteHttpResponse { Content = new Input<object?>("för långt svar") },
            services => services.AddSingleton(new HttpActivityOptions { MaxResponseBodyBytes = 5 }));

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Null(exchange.Response);
        Assert.Contains("5 byte", instance.Incidents.Single().Message);
    }

    // Starts a flowchart of one response activity as the answer to a request.
    private static async Task<(WorkflowInstance Instance, HttpExchange Exchange)> AnswerAsync(WriteHttpResponse response, Action<IServiceCollection>? configure = null)
    {
        var harness = new EngineHarness(configure);
        var definition = await harness.DeployAsync(new WorkflowBuilder("svar", "Svar").Build(new Flowchart().Add(response)));
        var accessor = harness.Services.GetRequiredService<HttpExchangeAccessor>();
        var exchange = new HttpExchange("svar-1", new HttpRequestData());
        accessor.Exchange = exchange;
        try
        {
            await harness.Runtime.StartAsync(new StartWorkflowRequest(definition.DefinitionId) { InstanceId = "svar-1" });
        }
        finally
        {
            accessor.Exchange = null;
        }
        return (await harness.ReloadAsync("svar-1"), exchange);
    }
}
