using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Expressions;

public class ObjectEvaluatorTests
{
    [Fact]
    public async Task Should_ParseJsonText_When_ExpressionIsObject()
    {
        var harness = new EngineHarness();
        var set = new SetVariable("Case", new Input<object>(Expression.Object("""{"kommun":"Piteå","belopp":1200,"bilagor":["a","b"]}""")));
        var definition = new WorkflowBuilder("objekt", "Objekt").WithVariable<JsonObject>("Case").Build(set);

        var instance = await harness.RunAsync(definition);

        var expected = JsonNode.Parse("""{"kommun":"Piteå","belopp":1200,"bilagor":["a","b"]}""");
        Assert.True(JsonNode.DeepEquals(expected, instance.Variables["Case"]), instance.Variables["Case"]?.ToJsonString());
    }
}
