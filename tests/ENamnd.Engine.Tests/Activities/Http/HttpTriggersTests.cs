using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Activities.Http;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities.Http;

public class HttpTriggersTests
{
    [Fact]
    public void Should_ListOneTriggerPerMethod_When_TheFlowchartStartsWithTheEndpoint()
    {
        var triggers = HttpTriggers.Of(Workflow.From(HttpEndpointTests.Definition(start: null)));

        Assert.Equal(["GET /orders/{id}", "POST /orders/{id}"], triggers.Select(t => $"{t.Payload.Method} {t.Payload.Path}").Order());
        Assert.All(triggers, t => Assert.Equal("endpoint", t.ActivityId));
    }

    [Fact]
    public void Should_ListNoTrigger_When_TheEndpointIsReachedLater()
    {
        Assert.Empty(HttpTriggers.Of(Workflow.From(HttpEndpointTests.Definition(new Start()))));
    }

    [Fact]
    public void Should_ListTheTrigger_When_TheEndpointIsMarkedCanStartWorkflow()
    {
        var endpoint = new HttpEndpoint { Id = "second", Path = new Input<string>("/hooks/"), AllowAnonymous = new Input<bool>(true) };
        endpoint.CustomProperties["canStartWorkflow"] = true;
        var flow = new Flowchart().Connect(new Start(), new WriteLine("först")).Add(endpoint);

        var trigger = Assert.Single(HttpTriggers.Of(Workflow.From(new WorkflowBuilder("hooks", "Hooks").Build(flow))));

        Assert.Equal(new HttpEndpointBookmarkPayload { Path = "/hooks", Method = "GET", AllowAnonymous = true }, trigger.Payload);
    }

    [Fact]
    public void Should_ListNoTrigger_When_ThePathIsAScript()
    {
        var endpoint = new HttpEndpoint { Path = new Input<string>(Expression.JavaScript("'dynamisk'")) };

        Assert.Empty(HttpTriggers.Of(Workflow.From(new WorkflowBuilder("dynamisk", "Dynamisk").Build(new Flowchart().Add(endpoint)))));
    }

    [Fact]
    public void Should_ReadElsasJson_When_MethodsAreAnObjectExpression()
    {
        var endpoint = new HttpEndpoint
        {
            Path = new Input<string>("hello-world"),
            SupportedMethods = new Input<List<string>>(new Expression(ExpressionTypes.Object, JsonValue.Create("[\"get\", \"put\"]"))),
        };

        var triggers = HttpTriggers.Of(Workflow.From(new WorkflowBuilder("hej", "Hej").Build(new Flowchart().Add(endpoint))));

        Assert.Equal(["GET", "PUT"], triggers.Select(t => t.Payload.Method).Order());
    }
}
