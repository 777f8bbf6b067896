using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Serialization;

/// <summary>
/// Converts workflow definitions to and from Elsa 3's <c>WorkflowDefinition</c> JSON. Nodes of activity types the
/// engine lacks are kept as placeholders, never dropped; designer data and unknown properties are kept verbatim.
/// </summary>
public sealed class WorkflowDefinitionSerializer(ActivityJsonSerializer activities)
{
    private static readonly HashSet<string> KnownKeys =
    [
        "id", "definitionId", "name", "description", "createdAt", "version", "toolVersion", "isLatest", "isPublished",
        "isReadonly", "materializerName", "providerName", "options", "variables", "inputs", "outputs", "outcomes",
        "customProperties", "root", "links",
    ];

    /// <summary>Parses Elsa JSON text.</summary>
    /// <exception cref="WorkflowValidationException">The JSON is malformed or is no workflow.</exception>
    public WorkflowDefinition Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new WorkflowValidationException([$"Ogiltig JSON: {e.Message}"]);
        }
        return Parse(node as JsonObject ?? throw new WorkflowValidationException(["Arbetsflödet måste vara ett JSON-objekt."]));
    }

    /// <summary>Parses an Elsa JSON object; missing ids and node ids are filled in.</summary>
    /// <exception cref="WorkflowValidationException">The JSON has malformed parts.</exception>
    public WorkflowDefinition Parse(JsonObject json)
    {
        var errors = new List<string>();
        Activity? root = null;
        if (json["root"] is JsonObject rootJson) root = activities.Read(rootJson, "root", errors);
        else errors.Add("root: arbetsflödet saknar rotaktivitet.");
        var definition = new WorkflowDefinition
        {
            Root = root!,
            Id = Text(json, "id", errors) ?? "",
            DefinitionId = Text(json, "definitionId", errors) ?? "",
            Name = Text(json, "name", errors),
            Description = Text(json, "description", errors),
            Version = Read(json, "version", 1, errors),
            IsLatest = Read(json, "isLatest", true, errors),
            IsPublished = Read(json, "isPublished", false, errors),
            IsReadonly = Read(json, "isReadonly", false, errors),
            CreatedAt = Read(json, "createdAt", DateTimeOffset.MinValue, errors),
            ToolVersion = (string?)json["toolVersion"] ?? "3.8.0.0",
            Variables = Read(json, "variables", new List<VariableDefinition>(), errors),
            Inputs = Read(json, "inputs", new List<ArgumentDefinition>(), errors),
            Outputs = Read(json, "outputs", new List<ArgumentDefinition>(), errors),
            Outcomes = Read(json, "outcomes", new List<string>(), errors),
            Options = json["options"] is JsonObject options ? (JsonObject)options.DeepClone() : [],
            CustomProperties = json["customProperties"] is JsonObject custom ? (JsonObject)custom.DeepClone() : [],
        };
        foreach (var (key, value) in json.Where(p => !KnownKeys.Contains(p.Key)))
            definition.UnknownProperties[key] = value?.DeepClone();
        if (errors.Count > 0) throw new WorkflowValidationException(errors);
        NodeIds.Assign(definition.Root);
        return definition;
    }

    // A text member as written, or null when missing; any other JSON type is an error (never a cast exception).
    private static string? Text(JsonObject json, string key, List<string> errors)
    {
        if (json[key] is null) return null;
        if (json[key] is JsonValue value && value.TryGetValue<string>(out var text)) return text;
        errors.Add($"{key}: måste vara en text.");
        return null;
    }

    /// <summary>Writes a definition as Elsa JSON.</summary>
    public JsonObject Serialize(WorkflowDefinition definition)
    {
        var json = new JsonObject
        {
            ["id"] = definition.Id,
            ["definitionId"] = definition.DefinitionId,
            ["name"] = definition.Name,
            ["description"] = definition.Description,
            ["createdAt"] = definition.CreatedAt,
            ["version"] = definition.Version,
            ["toolVersion"] = definition.ToolVersion,
            ["isLatest"] = definition.IsLatest,
            ["isPublished"] = definition.IsPublished,
            ["isReadonly"] = definition.IsReadonly,
            ["materializerName"] = "Json",
            ["options"] = definition.Options.DeepClone(),
            ["variables"] = ValueConverter.ToNode(definition.Variables),
            ["inputs"] = ValueConverter.ToNode(definition.Inputs),
            ["outputs"] = ValueConverter.ToNode(definition.Outputs),
            ["outcomes"] = ValueConverter.ToNode(definition.Outcomes),
            ["customProperties"] = definition.CustomProperties.DeepClone(),
            ["root"] = activities.Write(definition.Root),
        };
        foreach (var (key, value) in definition.UnknownProperties) json[key] = value?.DeepClone();
        return json;
    }

    /// <summary>Writes a definition as indented Elsa JSON text.</summary>
    public string ToJson(WorkflowDefinition definition) =>
        Serialize(definition).ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static T Read<T>(JsonObject json, string key, T fallback, List<string> errors)
    {
        if (json[key] is null) return fallback;
        try
        {
            return ValueConverter.Convert<T>(json[key]) ?? fallback;
        }
        catch (FormatException e)
        {
            errors.Add($"{key}: {e.Message}");
            return fallback;
        }
    }
}
