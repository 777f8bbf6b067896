using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Activities.Http;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Activities.Http;

public class HttpEndpointTests
{
    private static readonly HttpRequestData Request = new()
    {
        Method = "POST",
        Path = "/orders/17",
        RouteData = new JsonObject { ["id"] = "17" },
        QueryStringData = new JsonObject { ["expand"] = "rows" },
        Headers = new JsonObject { ["X-Source"] = "test" },
        ContentType = "application/json",
        ParsedContent = new JsonObject { ["amount"] = 250 },
    };

    [Fact]
    public async Task Should_WaitWithOneBookmarkPerMethod_When_ReachedInARunningInstance()
    {
        var harness = new EngineHarness();

        var instance = await harness.RunAsync(Definition(new Start()));

        InstanceAssert.Suspended(instance);
        var payloads = (await harness.BookmarksOfAsync(instance.Id))
            .Where(b => b.Is(HttpEndpoint.BookmarkName))
            .Select(b => ValueConverter.Convert<HttpEndpointBookmarkPayload>(b.Payload)!)
            .OrderBy(p => p.Method).ToList();
        Assert.Equal(["GET", "POST"], payloads.Select(p => p.Method));
        Assert.All(payloads, p => Assert.Equal("/orders/{id}", p.Path));
    }

    [Fact]
    public async Task Should_PutTheRequestInItsOutputsAndDropTheOtherMethods_When_ResumedByARequest()
    {
        var harness = new EngineHarness();
        var instance = await harness.RunAsync(Definition(new Start()));
        var post = (await harness.BookmarksOfAsync(instance.Id)).Single(b => b.Payload!["method"]!.GetValue<string>() == "POST");
        var accessor = harness.Services.GetRequiredService<HttpExchangeAccessor>();

        accessor.Exchange = new HttpExchange(instance.Id, Request);
        try
        {
            await harness.Runtime.ResumeAsync(post.Id);
        }
        finally
        {
            accessor.Exchange = null;
        }

        var resumed = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(resumed);
        Assert.Empty(await harness.BookmarksOfAsync(instance.Id));
        var outputs = resumed.ActivityOutputs["endpoint"]!;
        Assert.Equal("17", (string?)outputs["RouteData"]!["id"]);
        Assert.Equal("rows", (string?)outputs["QueryStringData"]!["expand"]);
        Assert.Equal("test", (string?)outputs["Headers"]!["X-Source"]);
        Assert.Equal(250, (int)outputs["ParsedContent"]!["amount"]!);
        Assert.Equal(["tog emot 250"], resumed.Messages());
    }

    [Fact]
    public async Task Should_ReadTheRequestFromTheInput_When_ResumedWithoutARequest()
    {
        var harness = new EngineHarness();
        var instance = await harness.RunAsync(Definition(new Start()));
        var bookmark = (await harness.BookmarksOfAsync(instance.Id)).First();

        await harness.Runtime.ResumeAsync(bookmark.Id, new JsonObject { ["parsedContent"] = new JsonObject { ["amount"] = 5 } });

        var resumed = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(resumed);
        Assert.Equal(["tog emot 5"], resumed.Messages());
    }

    [Fact]
    public async Task Should_ReceiveTheRequestAtOnce_When_ItsRequestStartsTheInstance()
    {
        var harness = new EngineHarness();
        var definition = await harness.DeployAsync(Definition(start: null));
        var accessor = harness.Services.GetRequiredService<HttpExchangeAccessor>();
        accessor.Exchange = new HttpExchange("instans-1", Request);
        try
        {
            await harness.Runtime.StartAsync(new StartWorkflowRequest(definition.DefinitionId) { InstanceId = "instans-1", TriggerActivityId = "endpoint" });
        }
        finally
        {
            accessor.Exchange = null;
        }

        var instance = await harness.ReloadAsync("instans-1");
        InstanceAssert.Finished(instance);
        Assert.Equal(["tog emot 250"], instance.Messages());
    }

    [Fact]
    public async Task Should_Wait_When_StartedAsTriggerWithoutARequest()
    {
        var harness = new EngineHarness();
        var definition = await harness.DeployAsync(Definition(start: null));

        var result = await harness.Runtime.StartAsync(new StartWorkflowRequest(definition.DefinitionId) { TriggerActivityId = "endpoint" });

        InstanceAssert.Suspended(result.Instance);
        Assert.Equal(2, result.Instance.Bookmarks.Count(b => b.Is(HttpEndpoint.BookmarkName)));
    }

    [Fact]
    public async Task Should_LeaveTheRequestAlone_When_AnotherInstanceAnswersIt()
    {
        var harness = new EngineHarness();
        var instance = await harness.RunAsync(Definition(new Start()));
        var bookmark = (await harness.BookmarksOfAsync(instance.Id)).First();
        var accessor = harness.Services.GetRequiredService<HttpExchangeAccessor>();

        accessor.Exchange = new HttpExchange("en-annan-instans", Request);
        try
        {
            await harness.Runtime.ResumeAsync(bookmark.Id);
        }
        finally
        {
            accessor.Exchange = null;
        }

        // Read from the (empty) resume input instead: no amount.
        Assert.Equal(["tog emot "], (await harness.ReloadAsync(instance.Id)).Messages());
    }

    // Start (when given) → endpoint "orders/{id}" (GET and POST) → a line with the amount posted.
    internal static WorkflowDefinition Definition(Activity? start)
    {
        var endpoint = new HttpEndpoint
        {
            Id = "endpoint",
            Path = new Input<string>("orders/{id}"),
            SupportedMethods = new Input<List<string>>(Expression.Object("[\"GET\",\"POST\"]")),
        };
        var line = new WriteLine(new Input<string>(Expression.JavaScript("'tog emot ' + (getOutputFrom('endpoint', 'ParsedContent')?.amount ?? '')")));
        var flow = start is null ? new Flowchart().Connect(endpoint, line) : new Flowchart().Connect(start, endpoint).Connect(endpoint, line);
        return new WorkflowBuilder("http-order", "Order via HTTP").Build(flow);
    }
}
