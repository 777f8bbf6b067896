using System.Text.Json.Nodes;

namespace ENamnd.ElsaConformance.Tests;

/// <summary>Small workflows of our own in Elsa 3's export format, and a fake elsa-core checkout to hold them.</summary>
internal static class OwnWorkflows
{
    /// <summary>A published flowchart that writes <paramref name="lines"/> in order.</summary>
    public static JsonObject WriteLines(string definitionId, params string[] lines) =>
        Flowchart(definitionId, [.. lines.Select((l, i) => Activity($"w{i}", "Elsa.WriteLine", new JsonObject { ["text"] = Literal(l) }))]);

    /// <summary>
    /// <see cref="WriteLines"/> in a workflow whose log persistence mode leaves inputs out of the activity execution
    /// records, except for the last activity, whose own setting keeps its text.
    /// </summary>
    public static JsonObject QuietLines(string definitionId, params string[] lines)
    {
        var workflow = WriteLines(definitionId, lines);
        workflow["customProperties"]!["logPersistenceMode"] = new JsonObject { ["default"] = "Exclude" };
        workflow["root"]!["activities"]!.AsArray()[^1]!["customProperties"] = new JsonObject
        {
            ["logPersistenceMode"] = new JsonObject { ["default"] = "Inherit", ["inputs"] = new JsonObject { ["text"] = "Include" } },
        };
        return workflow;
    }

    /// <summary>A published flowchart with one activity of <paramref name="type"/>.</summary>
    public static JsonObject OneActivity(string definitionId, string type) => Flowchart(definitionId, [Activity("a1", type)]);

    /// <summary>A folder laid out like elsa-core, holding <paramref name="files"/> by their paths; delete it after use.</summary>
    public static DirectoryInfo Checkout(params (string Path, string Text)[] files)
    {
        var root = Directory.CreateTempSubdirectory("enamnd-fake-elsa-core-");
        Directory.CreateDirectory(Path.Combine(root.FullName, "test"));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root.FullName, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return root;
    }

    private static JsonObject Flowchart(string definitionId, JsonObject[] activities) => new()
    {
        ["id"] = definitionId + "-v1",
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["version"] = 1,
        ["isLatest"] = true,
        ["isPublished"] = true,
        ["variables"] = new JsonArray(),
        ["inputs"] = new JsonArray(),
        ["outputs"] = new JsonArray(),
        ["outcomes"] = new JsonArray(),
        ["customProperties"] = new JsonObject(),
        ["options"] = new JsonObject(),
        ["root"] = new JsonObject
        {
            ["id"] = "fc1",
            ["nodeId"] = "Workflow1:fc1",
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["activities"] = new JsonArray([.. activities]),
            ["connections"] = new JsonArray([.. activities.Zip(activities.Skip(1), (a, b) => (JsonNode)Connection((string)a["id"]!, (string)b["id"]!))]),
        },
    };

    private static JsonObject Activity(string id, string type, JsonObject? inputs = null)
    {
        var activity = new JsonObject { ["id"] = id, ["nodeId"] = $"Workflow1:fc1:{id}", ["name"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (key, value) in inputs ?? []) activity[key] = value?.DeepClone();
        return activity;
    }

    private static JsonObject Literal(string text) => new()
    {
        ["typeName"] = "String",
        ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = text },
    };

    private static JsonObject Connection(string from, string to) => new()
    {
        ["source"] = new JsonObject { ["activity"] = from, ["port"] = "Done" },
        ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
    };
}
