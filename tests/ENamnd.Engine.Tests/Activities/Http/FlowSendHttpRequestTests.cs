using ENamnd.Engine.Activities;
using ENamnd.Engine.Activities.Http;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Activities.Http;

public class FlowSendHttpRequestTests
{
    [Fact]
    public async Task Should_ContinueThroughTheStatusCodeAndDone_When_TheStatusIsExpected()
    {
        using var server = new LocalHttpServer(200, "application/json", "{\"svar\": \"ja\"}");

        var instance = await SendAsync(server.Url + "fraga");

        InstanceAssert.Finished(instance);
        Assert.Equal(["200", "klar"], instance.Messages().Order());
        var outputs = instance.ActivityOutputs["anrop"]!;
        Assert.Equal(200, (int)outputs["StatusCode"]!);
        Assert.Equal("ja", (string?)outputs["ParsedContent"]!["svar"]);
        Assert.Equal("GET /fraga", Assert.Single(server.Requests) is var r ? $"{r.Method} {r.Path}" : "");
    }

    [Fact]
    public async Task Should_ContinueThroughUnmatchedAndDone_When_TheStatusIsNotExpected()
    {
        using var server = new LocalHttpServer(404, "text/plain", "finns inte");

        var instance = await SendAsync(server.Url);

        Assert.Equal(["klar", "oväntad"], instance.Messages().Order());
        Assert.Equal("finns inte", (string?)instance.ActivityOutputs["anrop"]!["ParsedContent"]);
    }

    [Fact]
    public async Task Should_SendMethodContentAndHeaders_When_Given()
    {
        using var server = new LocalHttpServer(200);
        var send = Request($"{server.Url}arenden");
        send.Method = new Input<string>("post");
        send.Content = new Input<object?>(Expression.Object("{\"namn\": \"Test\"}"));
        send.ContentType = new Input<string?>(HttpContentTypes.Json);
        send.Authorization = new Input<string?>("Bearer hemlig");
        send.RequestHeaders = new Input<object?>("{\"X-Kalla\": \"enamnd\"}");

        await RunAsync(send);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "{\"namn\":\"Test\"}", "enamnd", "Bearer hemlig"), (request.Method, request.Body, request.Headers["X-Kalla"], request.Headers["Authorization"]));
        Assert.StartsWith("application/json", request.ContentType);
    }

    [Fact]
    public async Task Should_ContinueThroughFailedToConnect_When_NothingListens()
    {
        var instance = await SendAsync($"http://127.0.0.1:{FreePort.Next()}/");

        Assert.Equal(["kunde inte ansluta"], instance.Messages());
    }

    [Fact]
    public async Task Should_ContinueThroughTimeout_When_TheServerAnswersTooLate()
    {
        using var server = new LocalHttpServer(200, delay: TimeSpan.FromSeconds(3));

        var instance = await RunAsync(Request(server.Url), services =>
            services.AddHttpClient(SendHttpRequestBase.HttpClientName, c => c.Timeout = TimeSpan.FromMilliseconds(200)));

        Assert.Equal(["tidsgräns"], instance.Messages());
    }

    [Fact]
    public async Task Should_Fault_When_TheUrlIsNotHttp()
    {
        var instance = await SendAsync("file:///etc/passwd");

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Contains("ingen fullständig http", instance.Incidents.Single().Message);
    }

    private static FlowSendHttpRequest Request(string url) => new() { Id = "anrop", Url = new Input<string?>(url) };

    private static Task<WorkflowInstance> SendAsync(string url) => RunAsync(Request(url));

    private static async Task<WorkflowInstance> RunAsync(FlowSendHttpRequest send, Action<IServiceCollection>? configure = null)
    {
        var flow = new Flowchart()
            .Connect(send, new WriteLine("200"), "200")
            .Connect(send, new WriteLine("oväntad"), FlowSendHttpRequest.UnmatchedStatusCode)
            .Connect(send, new WriteLine("kunde inte ansluta"), FlowSendHttpRequest.FailedToConnect)
            .Connect(send, new WriteLine("tidsgräns"), FlowSendHttpRequest.Timeout)
            .Connect(send, new WriteLine("klar"));
        return await new EngineHarness(configure).RunAsync(new WorkflowBuilder("anrop", "Anrop").Build(flow));
    }
}
