using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Tests.Serialization;

public class NotFoundActivitiesTests
{
    private readonly EngineHarness harness = new();

    private static JsonObject ReviewWithUnknownTypes()
    {
        var json = JsonNode.Parse(ElsaJsonSamples.Review)!.AsObject();
        var activities = json["root"]!["activities"]!.AsArray();
        activities.Add(new JsonObject
        {
            ["id"] = "x1", ["nodeId"] = "Workflow1:fc1:x1", ["type"] = "Acme.SendInvoice", ["version"] = 1,
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 5, ["y"] = 6 } } },
            ["invoice"] = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getInvoice()" } },
            ["$extra"] = new JsonArray(1, "två"),
        });
        activities.Add(new JsonObject
        {
            ["id"] = "seq9", ["nodeId"] = "Workflow1:fc1:seq9", ["type"] = "Elsa.Sequence", ["version"] = 1,
            ["activities"] = new JsonArray(new JsonObject { ["id"] = "x2", ["nodeId"] = "Workflow1:fc1:seq9:x2", ["type"] = "Acme.Archive", ["version"] = 2 }),
        });
        return json;
    }

    [Fact]
    public void Should_KeepNodeAsPlaceholderWrittenBackVerbatim_When_TypeIsUnknown()
    {
        var json = ReviewWithUnknownTypes();

        var definition = harness.Serializer.Parse(json.ToJsonString());

        var placeholders = ((Flowchart)definition.Root).Activities.SelectMany(a => a.Children.Prepend(a)).OfType<NotFoundActivity>().ToList();
        Assert.Equal(["Acme.SendInvoice", "Acme.Archive"], placeholders.Select(p => p.MissingTypeName));
        Assert.Equal([1, 2], placeholders.Select(p => p.MissingTypeVersion));
        Assert.Equal("Acme.SendInvoice", placeholders[0].Type);
        var before = json["root"]!["activities"]!.AsArray();
        var after = harness.Serializer.Serialize(definition)["root"]!["activities"]!.AsArray();
        Assert.True(JsonNode.DeepEquals(before[^2], after[^2]), after[^2]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(before[^1]!["activities"], after[^1]!["activities"]), after[^1]!.ToJsonString());
    }

    [Fact]
    public void Should_WarnOfEveryPlaceholderButReportNoError_When_DefinitionIsValidated()
    {
        var definition = harness.Serializer.Parse(ReviewWithUnknownTypes().ToJsonString());

        var warnings = WorkflowValidator.Warnings(definition);

        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("'Acme.SendInvoice' version 1") && w.Contains("finns inte i motorn"));
        Assert.Contains(warnings, w => w.Contains("'Acme.Archive' version 2"));
        Assert.Empty(harness.Services.GetService(typeof(WorkflowValidator)) is WorkflowValidator validator ? validator.Validate(definition) : ["ingen validator"]);
    }

    [Fact]
    public void Should_ReadOriginalNode_When_ElsaExportedItAsNotFoundActivity()
    {
        var original = new JsonObject { ["id"] = "x1", ["type"] = "Acme.SendInvoice", ["version"] = 3, ["metadata"] = new JsonObject() };
        var exported = new JsonObject
        {
            ["id"] = "x1", ["type"] = "Elsa.NotFoundActivity", ["version"] = 1,
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 1, ["y"] = 2 } } },
            ["originalActivityJson"] = original.ToJsonString(),
        };
        var json = new JsonObject { ["root"] = new JsonObject { ["id"] = "fc", ["type"] = "Elsa.Flowchart", ["version"] = 1, ["activities"] = new JsonArray(exported) } };

        var definition = harness.Serializer.Parse(json.ToJsonString());

        var placeholder = Assert.IsType<NotFoundActivity>(Assert.Single(((Flowchart)definition.Root).Activities));
        Assert.Equal("Acme.SendInvoice", placeholder.MissingTypeName);
        Assert.Equal(3, placeholder.MissingTypeVersion);
        var written = harness.Serializer.Serialize(definition)["root"]!["activities"]![0]!;
        Assert.Equal("Acme.SendInvoice", (string?)written["type"]);
        Assert.Equal(1, (int)written["metadata"]!["designer"]!["position"]!["x"]!);
    }

    [Fact]
    public void Should_ReadNewestVersion_When_TypeExistsOnlyInAnotherVersion()
    {
        var json = ElsaJsonSamples.WithoutNodeIds.Replace("\"id\": \"wl2\", \"type\": \"Elsa.WriteLine\", \"version\": 1", "\"id\": \"wl2\", \"type\": \"Elsa.WriteLine\", \"version\": 7");

        var definition = harness.Serializer.Parse(json);

        var line = Assert.IsType<WriteLine>(((Flowchart)definition.Root).Activities.SelectMany(a => a.Children).Single(a => a.Id == "wl2"));
        Assert.Equal(1, line.Version);
    }

    [Fact]
    public void Should_ReadPlacedWorkflowNotPlaceholder_When_UnknownTypeNamesWorkflowDefinitionId()
    {
        var placed = new JsonObject { ["id"] = "p1", ["type"] = "Granskare", ["version"] = 2, ["workflowDefinitionId"] = "granskare" };
        var unknown = new JsonObject { ["id"] = "p2", ["type"] = "Granskare", ["version"] = 2 };
        var json = new JsonObject { ["root"] = new JsonObject { ["id"] = "fc", ["type"] = "Elsa.Flowchart", ["activities"] = new JsonArray(placed, unknown) } };

        var activities = ((Flowchart)harness.Serializer.Parse(json.ToJsonString()).Root).Activities;

        var workflow = Assert.IsType<WorkflowDefinitionActivity>(activities[0]);
        Assert.Equal(("Granskare", "granskare"), (workflow.Type, workflow.WorkflowDefinitionId));
        Assert.Equal("Granskare", Assert.IsType<NotFoundActivity>(activities[1]).MissingTypeName);
    }

    [Fact]
    public void Should_RefuseNode_When_ItNamesNoType()
    {
        var json = new JsonObject { ["root"] = new JsonObject { ["id"] = "fc", ["type"] = "Elsa.Flowchart", ["activities"] = new JsonArray(new JsonObject { ["id"] = "a" }) } };

        var error = Assert.Throws<WorkflowValidationException>(() => harness.Serializer.Parse(json.ToJsonString()));

        Assert.Contains(error.Errors, e => e.Contains("root.activities[0]") && e.Contains("saknar type"));
    }
}
