using System.Text.Json;
using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>
/// Alterations in Elsa's JSON: an object whose <c>type</c> names the alteration (<c>Cancel</c>, <c>CancelActivity</c>,
/// <c>ScheduleActivity</c>, <c>ModifyVariable</c>, <c>Migrate</c>) beside its camelCase properties. Reading says in
/// Swedish what is wrong with each one it refuses.
/// </summary>
public static class AlterationJson
{
    /// <summary>The alteration types this engine applies.</summary>
    public static IReadOnlyList<string> Types { get; } =
        [nameof(Cancel), nameof(CancelActivity), nameof(ScheduleActivity), nameof(ModifyVariable), nameof(Migrate)];

    /// <summary>Reads a list of alterations; errors are keyed by the JSON path of the one that is wrong (e.g. <c>alterations[0]</c>).</summary>
    public static IReadOnlyList<Alteration> ReadAll(JsonArray? array, string path, IDictionary<string, string[]> errors)
    {
        var read = new List<Alteration>();
        if (array is not { Count: > 0 })
        {
            errors[path] = ["Ange minst en ändring."];
            return read;
        }
        for (var i = 0; i < array.Count; i++)
        {
            if (Read(array[i], out var alteration) is { } error) errors[$"{path}[{i}]"] = [error];
            else read.Add(alteration!);
        }
        return read;
    }

    /// <summary>Reads one alteration; returns the Swedish reason it cannot, or null.</summary>
    public static string? Read(JsonNode? node, out Alteration? alteration)
    {
        alteration = null;
        if (node is not JsonObject json) return "En ändring måste vara ett JSON-objekt med typen i \"type\".";
        var type = Text(json, "type");
        string? activityId = Text(json, "activityId"), activityInstanceId = Text(json, "activityInstanceId");
        switch (type)
        {
            case nameof(Cancel):
                alteration = new Cancel();
                return null;
            case nameof(CancelActivity) or nameof(ScheduleActivity):
                if (activityId is null && activityInstanceId is null) return $"{type} kräver activityId eller activityInstanceId.";
                alteration = type == nameof(CancelActivity) ? new CancelActivity(activityId, activityInstanceId) : new ScheduleActivity(activityId, activityInstanceId);
                return null;
            case nameof(ModifyVariable):
                if (Text(json, "variableId") is not { } variableId) return "ModifyVariable kräver variableId.";
                alteration = new ModifyVariable(variableId, json["value"]?.DeepClone());
                return null;
            case nameof(Migrate):
                if (json["targetVersion"] is not JsonValue value || !value.TryGetValue<int>(out var version) || version < 1)
                    return "Migrate kräver targetVersion, ett versionsnummer från 1.";
                alteration = new Migrate(version);
                return null;
            case null:
                return "Ändringen saknar typ (\"type\").";
            default:
                return $"Ändringstypen \"{type}\" finns inte. Möjliga typer: {string.Join(", ", Types)}.";
        }
    }

    /// <summary>Writes an alteration as Elsa does.</summary>
    public static JsonObject Write(Alteration alteration)
    {
        var json = new JsonObject { ["type"] = alteration.Type };
        switch (alteration)
        {
            case CancelActivity c:
                json["activityId"] = c.ActivityId;
                json["activityInstanceId"] = c.ActivityInstanceId;
                break;
            case ScheduleActivity s:
                json["activityId"] = s.ActivityId;
                json["activityInstanceId"] = s.ActivityInstanceId;
                break;
            case ModifyVariable m:
                json["variableId"] = m.VariableId;
                json["value"] = m.Value?.DeepClone();
                break;
            case Migrate m:
                json["targetVersion"] = m.TargetVersion;
                break;
        }
        return json;
    }

    /// <summary>Writes a list of alterations.</summary>
    public static JsonArray WriteAll(IEnumerable<Alteration> alterations) => new([.. alterations.Select(a => (JsonNode)Write(a))]);

    /// <summary>Reads alterations this class wrote (stored plans); throws on anything else.</summary>
    public static IReadOnlyList<Alteration> ReadStored(string json)
    {
        var errors = new Dictionary<string, string[]>();
        var read = ReadAll(JsonNode.Parse(json) as JsonArray, "alterations", errors);
        return errors.Count == 0 ? read : throw new JsonException($"Stored alterations are invalid: {string.Join(" ", errors.Values.SelectMany(e => e))}");
    }

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
