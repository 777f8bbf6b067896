using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Workflows.Tests.Templates;

/// <summary>One Liquid template the product ships: where it is (definition, activity, input) and its text.</summary>
internal sealed record ProcessTemplate(string DefinitionId, string ActivityId, string InputName, string Text)
{
    /// <summary>The template's place, as the expected-output table names it.</summary>
    public string Key => $"{DefinitionId}/{ActivityId}/{InputName}";

    /// <summary>Every Liquid template in the code workflows, found in their Elsa JSON as the designer and the runtime see it.</summary>
    public static IReadOnlyList<ProcessTemplate> All()
    {
        var services = new ServiceCollection().AddENamndWorkflows().BuildServiceProvider();
        var serializer = services.GetRequiredService<WorkflowDefinitionSerializer>();
        var found = new List<ProcessTemplate>();
        foreach (var workflow in services.GetServices<ICodeWorkflow>())
        {
            var json = JsonNode.Parse(serializer.ToJson(workflow.Build()))!;
            Collect(workflow.DefinitionId, json, activityId: "", found);
        }
        return found;
    }

    private static void Collect(string definitionId, JsonNode node, string activityId, List<ProcessTemplate> found)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue && obj["id"] is JsonValue id) activityId = (string)id!;
                foreach (var (name, value) in obj)
                {
                    if (value is JsonObject { } wrapper && wrapper["expression"] is JsonObject expression
                        && (string?)expression["type"] == ExpressionTypes.Liquid)
                        found.Add(new ProcessTemplate(definitionId, activityId, name, (string?)expression["value"] ?? ""));
                    else if (value is not null)
                        Collect(definitionId, value, activityId, found);
                }
                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>()) Collect(definitionId, item, activityId, found);
                break;
        }
    }
}
