using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Serialization;

public class LogPersistenceJsonTests
{
    private readonly EngineHarness harness = new();

    private WorkflowValidator Validator => harness.Services.GetRequiredService<WorkflowValidator>();

    [Fact]
    public void Should_KeepBothLevelsSettings_When_ADefinitionIsExportedAndImported()
    {
        var json = Definition(
            workflowSettings: new JsonObject { ["default"] = "Exclude" },
            activitySettings: new JsonObject { ["default"] = "Exclude", ["inputs"] = new JsonObject { ["text"] = "Include" }, ["outputs"] = new JsonObject() },
            studioSettings: new JsonObject { ["default"] = new JsonObject { ["evaluationMode"] = "Strategy", ["strategyType"] = "Elsa.Workflows.LogPersistence.Strategies.Include, Elsa.Workflows.Core", ["expression"] = null } });

        var exported = harness.Serializer.Serialize(harness.Serializer.Parse(json));
        var imported = harness.Serializer.Serialize(harness.Serializer.Parse(JsonNode.Parse(exported.ToJsonString())!.AsObject()));

        Assert.True(JsonNode.DeepEquals(json["customProperties"], imported["customProperties"]), imported["customProperties"]?.ToJsonString());
        var activity = imported["root"]!["activities"]![0]!;
        Assert.True(JsonNode.DeepEquals(json["root"]!["activities"]![0]!["customProperties"], activity["customProperties"]), activity["customProperties"]?.ToJsonString());
        Assert.Empty(Validator.Validate(harness.Serializer.Parse(json)));
    }

    [Fact]
    public void Should_RefuseInSwedish_When_AModeIsUnknown()
    {
        var definition = harness.Serializer.Parse(Definition(
            workflowSettings: new JsonObject { ["default"] = "Sometimes" },
            activitySettings: new JsonObject { ["inputs"] = new JsonObject { ["text"] = "Never" } },
            studioSettings: new JsonObject { ["outputs"] = new JsonObject { ["result"] = new JsonObject { ["evaluationMode"] = "Strategy", ["strategyType"] = "Acme.Always, Acme" } } }));

        var problems = Validator.DraftProblems(definition);

        Assert.Equal(
        [
            "customProperties.logPersistenceMode.default: \"Sometimes\" är inget loggningsläge; tillåtna är Inherit, Include och Exclude.",
            "Aktiviteten 'w1' (Elsa.WriteLine), customProperties.logPersistenceMode.inputs.text: \"Never\" är inget loggningsläge; tillåtna är Inherit, Include och Exclude.",
            "Aktiviteten 'w1' (Elsa.WriteLine), customProperties.logPersistenceConfig.outputs.result.strategyType: 'Acme.Always, Acme' är ingen känd loggningsstrategi; tillåtna är Inherit, Include, Exclude, Configuration.",
        ], problems);
        Assert.Equal(problems, Validator.Validate(definition));
    }

    [Theory]
    [InlineData("""{"logPersistenceMode":"Exclude"}""", "customProperties.logPersistenceMode: ska vara ett objekt med default, inputs och outputs.")]
    [InlineData("""{"logPersistenceMode":{"inputs":["text"]}}""", "customProperties.logPersistenceMode.inputs: ska vara ett objekt med ett läge per namn.")]
    [InlineData("""{"logPersistenceMode":{"default":7}}""", "customProperties.logPersistenceMode.default: 7 är inget loggningsläge; tillåtna är Inherit, Include och Exclude.")]
    [InlineData("""{"logPersistenceConfig":{"default":{"evaluationMode":"Sometimes"}}}""", "customProperties.logPersistenceConfig.default.evaluationMode: \"Sometimes\" är inget utvärderingssätt; tillåtna är Strategy och Expression.")]
    [InlineData("""{"logPersistenceConfig":{"default":"Include"}}""", "customProperties.logPersistenceConfig.default: ska vara ett objekt med evaluationMode och strategyType eller expression.")]
    public void Should_NameWhatIsWrong_When_TheSettingsHaveTheWrongShape(string customProperties, string expected)
    {
        var definition = harness.Serializer.Parse(Definition(null, null, null));
        definition.CustomProperties = JsonNode.Parse(customProperties)!.AsObject();

        Assert.Equal([expected], WorkflowValidator.LogPersistenceProblems(definition));
    }

    private static JsonObject Definition(JsonObject? workflowSettings, JsonObject? activitySettings, JsonObject? studioSettings)
    {
        var custom = new JsonObject { ["Elsa:WorkflowContextProviderTypes"] = new JsonArray() };
        if (workflowSettings is not null) custom[LogPersistenceSettings.ModeKey] = workflowSettings;
        var activityCustom = new JsonObject { ["canStartWorkflow"] = false };
        if (activitySettings is not null) activityCustom[LogPersistenceSettings.ModeKey] = activitySettings;
        if (studioSettings is not null) activityCustom[LogPersistenceSettings.ConfigKey] = studioSettings;
        return new JsonObject
        {
            ["id"] = "loggning-v1",
            ["definitionId"] = "loggning",
            ["name"] = "Loggning",
            ["version"] = 1,
            ["customProperties"] = custom,
            ["options"] = new JsonObject { ["autoUpdateConsumingWorkflows"] = false },
            ["root"] = new JsonObject
            {
                ["id"] = "fc1",
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["activities"] = new JsonArray(new JsonObject
                {
                    ["id"] = "w1",
                    ["type"] = "Elsa.WriteLine",
                    ["version"] = 1,
                    ["text"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "Hej" } },
                    ["customProperties"] = activityCustom,
                }),
                ["connections"] = new JsonArray(),
            },
        };
    }
}
