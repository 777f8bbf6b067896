using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary>Definitions as Elsa Studio posts them: no ids on create, a root without node ids.</summary>
internal static class ElsaJson
{
    public static JsonObject WriteLine(string id, string text) => Activity(id, "Elsa.WriteLine", new JsonObject
    {
        ["text"] = Literal("String", text),
    });

    public static JsonObject Event(string id, string eventName) => Activity(id, "Elsa.Event", new JsonObject
    {
        ["eventName"] = Literal("String", eventName),
    });

    public static JsonObject SetVariable(string id, string variable, string javaScript) => Activity(id, "Elsa.SetVariable", new JsonObject
    {
        ["variable"] = variable,
        ["value"] = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = javaScript } },
    });

    public static JsonObject Activity(string id, string type, JsonObject? inputs = null)
    {
        var activity = new JsonObject
        {
            ["id"] = id,
            ["name"] = id,
            ["type"] = type,
            ["version"] = 1,
            ["customProperties"] = new JsonObject(),
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 100, ["y"] = 100 } } },
        };
        foreach (var (key, value) in inputs ?? []) activity[key] = value?.DeepClone();
        return activity;
    }

    public static JsonObject Connection(string from, string to, string port = "Done") => new()
    {
        ["source"] = new JsonObject { ["activity"] = from, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
        ["vertices"] = new JsonArray(),
    };

    /// <summary>A chain of activities, each connected to the next.</summary>
    public static JsonObject Chain(string? definitionId, string name, params JsonObject[] activities)
    {
        var connections = activities.Zip(activities.Skip(1), (a, b) => Connection((string)a["id"]!, (string)b["id"]!)).ToArray();
        return Model(definitionId, name, activities, connections);
    }

    /// <summary>A WorkflowDefinitionModel with a flowchart root (no node ids, as the designer creates it).</summary>
    public static JsonObject Model(string? definitionId, string name, JsonObject[] activities, JsonObject[]? connections = null) => new()
    {
        ["id"] = null,
        ["definitionId"] = definitionId,
        ["name"] = name,
        ["description"] = null,
        ["toolVersion"] = "3.8.0.0",
        ["variables"] = new JsonArray(),
        ["inputs"] = new JsonArray(),
        ["outputs"] = new JsonArray(),
        ["outcomes"] = new JsonArray(),
        ["customProperties"] = new JsonObject(),
        ["isReadonly"] = false,
        ["options"] = new JsonObject { ["autoUpdateConsumingWorkflows"] = false },
        ["links"] = null,
        ["root"] = new JsonObject
        {
            ["id"] = "fc1",
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["name"] = "Flowchart1",
            ["activities"] = new JsonArray([.. activities.Select(a => (JsonNode)a.DeepClone())]),
            ["connections"] = new JsonArray([.. (connections ?? []).Select(c => (JsonNode)c.DeepClone())]),
        },
    };

    /// <summary>The model of a saved definition, ready to post again (as the designer does after an edit).</summary>
    public static JsonObject Edit(JsonObject saved, Action<JsonObject> change)
    {
        var model = (JsonObject)saved.DeepClone();
        change(model);
        return model;
    }

    public static JsonArray ActivitiesOf(JsonObject definition) => (JsonArray)definition["root"]!["activities"]!;

    private static JsonObject Literal(string typeName, string value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value },
    };
}
