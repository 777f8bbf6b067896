using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Tests.Activities;

namespace ENamnd.Engine.Tests.Model;

public class WorkflowBuilderTests
{
    [Fact]
    public async Task Should_BehaveLikeItsJsonForm_When_DeclaredInCode()
    {
        var harness = new EngineHarness();
        var code = Declared();
        var json = harness.Serializer.Serialize(code);
        json["id"] = "fran-json-v1";
        json["definitionId"] = "fran-json";
        var parsed = harness.Serializer.Parse(json.ToJsonString());
        await harness.DeployAsync(code);
        await harness.DeployAsync(parsed);
        var input = new JsonObject { ["Amount"] = 1200, ["Applicant"] = "Örjan" };

        var fromCode = await harness.StartAsync("kod", input, "NBD-7");
        var fromJson = await harness.StartAsync("fran-json", input, "NBD-7");
        Assert.Equal(2, await harness.AdvanceAsync(TimeSpan.FromDays(1)));
        fromCode = await harness.ReloadAsync(fromCode.Id);
        fromJson = await harness.ReloadAsync(fromJson.Id);

        InstanceAssert.Finished(fromCode);
        InstanceAssert.Finished(fromJson);
        Assert.True(JsonNode.DeepEquals(fromCode.Variables, fromJson.Variables), $"{fromCode.Variables.ToJsonString()} vs {fromJson.Variables.ToJsonString()}");
        Assert.True(JsonNode.DeepEquals(fromCode.Output, fromJson.Output));
        Assert.Equal(Steps(fromCode), Steps(fromJson));
        Assert.Equal(fromCode.Messages(), fromJson.Messages());
        Assert.Equal(["Hej Örjan!", "stort", "jämnt", "klar"], fromCode.Messages());
    }

    [Fact]
    public void Should_FillInIdsAndNodeIds_When_Built()
    {
        var write = new WriteLine("x");
        var flow = new Flowchart().Connect(new Start(), write);

        var definition = new WorkflowBuilder("ids", "Ids").WithVersion(3).Build(flow);

        Assert.Equal("Root", definition.Root.Id);
        Assert.Equal("Workflow1:Root", definition.Root.NodeId);
        Assert.Equal("WriteLine1", write.Id);
        Assert.Equal("Workflow1:Root:WriteLine1", write.NodeId);
        Assert.Equal("ids-v3", definition.Id);
        Assert.Equal(3, definition.Version);
        Assert.True(definition.IsPublished);
        Assert.True(definition.IsLatest);
    }

    private static IReadOnlyList<string> Steps(WorkflowInstance instance) =>
        instance.Journal.Select(e => $"{e.ActivityId} {e.EventType} [{string.Join(",", e.Outcomes ?? [])}]").ToList();

    private static WorkflowDefinition Declared()
    {
        var start = new Start();
        var greet = new Greet { Person = new Input<string>(Expression.JavaScript("input.Applicant")), Greeting = Output<string>.To("Greeting") };
        var sayGreeting = new WriteLine(new Input<string>(Expression.Variable("Greeting")));
        var size = new FlowDecision { Condition = new Input<bool>(Expression.JavaScript("input.Amount > 1000")) };
        var big = new WriteLine("stort");
        var small = new WriteLine("litet");
        var parity = new FlowSwitch
        {
            Mode = new Input<SwitchMode>(SwitchMode.MatchAny),
            Cases = [new SwitchCase("Jämnt", Expression.JavaScript("input.Amount % 2 == 0")), new SwitchCase("Udda", Expression.Liquid("false"))],
        };
        var even = new WriteLine("jämnt");
        var odd = new WriteLine("udda");
        var wait = new Delay(TimeSpan.FromDays(1));
        var count = new SetVariable("Count", new Input<object>(Expression.JavaScript("variables.Count + input.Amount")));
        var join = new FlowJoin();
        var record = new SetVariable("Summary", new Input<object>(Expression.Object("""{"kommun":"Kiruna","klar":true}""")));
        var flow = new Flowchart()
            .Connect(start, greet).Connect(greet, sayGreeting).Connect(sayGreeting, size)
            .Connect(size, big, "True").Connect(size, small, "False")
            .Connect(big, parity).Connect(small, parity)
            .Connect(parity, even, "Jämnt").Connect(parity, odd, "Udda").Connect(parity, odd, FlowSwitch.Default)
            .Connect(even, join).Connect(odd, join)
            .Connect(start, wait).Connect(wait, count).Connect(count, join)
            .Connect(join, record).Connect(record, new WriteLine("klar"));
        return new WorkflowBuilder("kod", "Kod")
            .WithVariable<string>("Greeting")
            .WithVariable("Count", 5)
            .WithVariable<JsonObject>("Summary")
            .WithInput<int>("Amount")
            .WithOutput<JsonObject>("Summary")
            .Build(flow);
    }
}
