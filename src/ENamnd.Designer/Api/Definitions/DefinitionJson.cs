using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// A definition as Elsa's API returns it: the stored Elsa JSON plus <c>providerName</c>, the six workflow
/// options (a missing <c>options</c> object crashes the designer), the links that make it editable, and designer
/// positions for activities that have none (see <see cref="FlowchartLayout"/>).
/// </summary>
public static class DefinitionJson
{
    private static readonly (string Key, Func<JsonNode?> Default)[] OptionDefaults =
    [
        ("activationStrategyType", () => null),
        ("usableAsActivity", () => null),
        ("autoUpdateConsumingWorkflows", () => JsonValue.Create(false)),
        ("activityCategory", () => null),
        ("incidentStrategyType", () => null),
        ("commitStrategyName", () => null),
    ];

    /// <summary>The full JSON of a version, with its root and links.</summary>
    public static JsonObject Of(WorkflowDefinitionSerializer serializer, WorkflowDefinition definition)
    {
        var json = serializer.Serialize(definition);
        FlowchartLayout.Apply(json["root"] as JsonObject);
        json["providerName"] = null;
        json["options"] = OptionsOf(definition.Options);
        json["links"] = JsonSerializer.SerializeToNode(DefinitionLinks.ForDefinition(definition.DefinitionId, definition.IsReadonly), ValueConverter.JsonOptions);
        return json;
    }

    private static JsonObject OptionsOf(JsonObject stored)
    {
        var options = (JsonObject)stored.DeepClone();
        foreach (var (key, fallback) in OptionDefaults)
        {
            if (!options.ContainsKey(key)) options[key] = fallback();
        }
        return options;
    }
}
