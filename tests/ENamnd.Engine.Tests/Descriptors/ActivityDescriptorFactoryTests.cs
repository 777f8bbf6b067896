using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Descriptors;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Descriptors;

public class ActivityDescriptorFactoryTests
{
    private static readonly string[] BuiltIns =
    [
        "Elsa.Flowchart", "Elsa.Sequence", "Elsa.Start", "Elsa.End", "Elsa.FlowDecision", "Elsa.FlowSwitch", "Elsa.FlowJoin",
        "Elsa.SetVariable", "Elsa.WriteLine", "Elsa.Delay", "Elsa.Timer", "Elsa.StartAt", "Elsa.ExecuteWorkflow", "Elsa.Finish", "Elsa.Fault",
        "Elsa.FlowFork", "Elsa.FlowNode", "Elsa.Correlate", "Elsa.SetName", "Elsa.Cron",
    ];

    private readonly ActivityDescriptorFactory factory = new EngineHarness().Services.GetRequiredService<ActivityDescriptorFactory>();

    [Fact]
    public void Should_DescribeEveryBuiltInActivity_When_AllAreDescribed()
    {
        var descriptors = factory.DescribeAll();

        foreach (var typeName in BuiltIns)
        {
            var descriptor = Assert.Single(descriptors, d => d.TypeName == typeName);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Category), typeName);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.DisplayName), typeName);
            Assert.Equal(1, descriptor.Version);
        }
        Assert.Contains(descriptors, d => d.TypeName == "Test.Throw");
    }

    [Fact]
    public void Should_DescribeTrueAndFalsePorts_When_ActivityIsDecision()
    {
        var decision = factory.Describe(typeof(FlowDecision));

        Assert.Equal(["True", "False"], decision.Ports.Select(p => p.Name));
        Assert.All(decision.Ports, p => Assert.Equal("Flow", p.Type));
        var condition = Assert.Single(decision.Inputs);
        Assert.Equal("Condition", condition.Name);
        Assert.Equal("Boolean", condition.TypeName);
        Assert.Equal("singleline", condition.UIHint);
        Assert.Equal("JavaScript", condition.DefaultSyntax);
    }

    [Fact]
    public void Should_GiveEveryInputPascalCaseNameTypeAndHint_When_Described()
    {
        foreach (var descriptor in factory.DescribeAll())
        {
            foreach (var input in descriptor.Inputs)
            {
                Assert.True(char.IsUpper(input.Name[0]), $"{descriptor.TypeName}.{input.Name}");
                Assert.False(string.IsNullOrWhiteSpace(input.TypeName), $"{descriptor.TypeName}.{input.Name}");
                Assert.False(string.IsNullOrWhiteSpace(input.UIHint), $"{descriptor.TypeName}.{input.Name}");
            }
        }
    }

    [Fact]
    public void Should_MarkStartTerminalAndContainerActivities_When_Described()
    {
        Assert.True(factory.Describe(typeof(Start)).IsStart);
        Assert.True(factory.Describe(typeof(End)).IsTerminal);
        Assert.True(factory.Describe(typeof(Finish)).IsTerminal);
        Assert.True(factory.Describe(typeof(Flowchart)).IsContainer);
        Assert.False(factory.Describe(typeof(WriteLine)).IsContainer);
        Assert.Equal("Trigger", factory.Describe(typeof(StartAt)).Kind);
        Assert.Equal("Trigger", factory.Describe(typeof(Cron)).Kind);
        Assert.False(factory.Describe(typeof(NotFoundActivity)).IsBrowsable);
    }

    [Fact]
    public void Should_DescribeMissingTypeAsHiddenPlaceholder_When_ADefinitionNamedIt()
    {
        var harness = new EngineHarness();
        harness.Serializer.Parse("""{ "root": { "id": "fc", "type": "Elsa.Flowchart", "activities": [ { "id": "x", "type": "Acme.Saknas", "version": 4 } ] } }""");

        var missing = Assert.Single(harness.Services.GetRequiredService<ActivityDescriptorFactory>().DescribeAll(), d => d.TypeName == "Acme.Saknas");

        Assert.Equal(4, missing.Version);
        Assert.Equal("Acme", missing.Namespace);
        Assert.Equal("Saknas", missing.Name);
        Assert.False(missing.IsBrowsable);
        Assert.Equal("Saknas: Acme.Saknas", missing.DisplayName);
        Assert.Equal(["Done"], missing.Ports.Select(p => p.Name));
        Assert.DoesNotContain(factory.DescribeAll(), d => d.TypeName == "Acme.Saknas");
    }

    [Fact]
    public void Should_LeaveOutPlaceholder_When_TypeAndVersionAreDescribedElsewhere()
    {
        var harness = new EngineHarness();
        harness.Serializer.Parse("""{ "root": { "id": "fc", "type": "Elsa.Flowchart", "activities": [ { "id": "x", "type": "Granskare", "version": 2 } ] } }""");
        var descriptors = harness.Services.GetRequiredService<ActivityDescriptorFactory>();

        var elsewhere = descriptors.DescribeAll(new HashSet<(string, int)> { ("Granskare", 2) });
        var otherVersion = descriptors.DescribeAll(new HashSet<(string, int)> { ("Granskare", 1) });

        Assert.DoesNotContain(elsewhere, d => d.TypeName == "Granskare");
        Assert.Contains(elsewhere, d => d.TypeName == "Elsa.WriteLine");
        Assert.Single(otherVersion, d => d.TypeName == "Granskare" && d.Version == 2);
    }

    [Fact]
    public void Should_OfferDropdownItems_When_InputIsEnum()
    {
        var mode = Assert.Single(factory.Describe(typeof(FlowJoin)).Inputs, i => i.Name == "Mode");

        Assert.Equal("dropdown", mode.UIHint);
        var items = mode.UISpecifications!["dropdown"]!["selectList"]!["items"]!.AsArray();
        Assert.Equal(["WaitAll", "WaitAllActive", "WaitAny"], items.Select(i => (string?)i!["value"]));
        Assert.Equal("WaitAll", (string?)mode.DefaultValue);
    }

    [Fact]
    public void Should_WriteCamelCaseKeys_When_SerializedWithWebDefaults()
    {
        var json = JsonSerializer.SerializeToNode(factory.Describe(typeof(FlowDecision)), new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsObject();

        foreach (var key in new[] { "typeName", "namespace", "name", "version", "category", "displayName", "kind", "inputs", "outputs", "ports", "customProperties", "constructionProperties", "isContainer", "isBrowsable", "isStart", "isTerminal" })
            Assert.True(json.ContainsKey(key), key);
        Assert.Equal("Elsa.FlowDecision", (string?)json["typeName"]);
        Assert.IsType<JsonObject>(json["customProperties"]);
        var input = json["inputs"]![0]!.AsObject();
        Assert.Equal("Condition", (string?)input["name"]);
        Assert.Equal("Boolean", (string?)input["typeName"]);
        Assert.Equal("singleline", (string?)input["uiHint"]);
        Assert.True((bool)input["isBrowsable"]!);
        Assert.True(input.ContainsKey("isWrapped"));
        Assert.True(input.ContainsKey("defaultSyntax"));
        Assert.True(json["ports"]![0]!.AsObject().ContainsKey("isBrowsable"));
        Assert.DoesNotContain(json, p => char.IsUpper(p.Key[0]));
    }

    [Fact]
    public void Should_DescribeOutput_When_ActivityHasOne()
    {
        var result = Assert.Single(factory.Describe(typeof(ExecuteWorkflow)).Outputs);

        Assert.Equal("Result", result.Name);
        Assert.Equal("ExecuteWorkflowResult", result.TypeName);
    }
}
