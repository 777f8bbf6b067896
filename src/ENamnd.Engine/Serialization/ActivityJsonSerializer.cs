using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Serialization;

/// <summary>
/// Reads and writes activity nodes in Elsa 3's JSON: <c>id</c>, <c>nodeId</c>, <c>name</c>, <c>type</c>,
/// <c>version</c>, <c>metadata</c>, <c>customProperties</c>, one camelCased property per input, and
/// whatever else the node carried, kept verbatim.
/// </summary>
public sealed class ActivityJsonSerializer(ActivityRegistry registry)
{
    private static readonly string[] CommonKeys = ["id", "nodeId", "name", "type", "version", "metadata", "customProperties"];

    /// <summary>Whether a node property is one every activity has (<c>id</c>, <c>type</c>, <c>metadata</c> …).</summary>
    internal static bool IsCommonKey(string key) => CommonKeys.Contains(key, StringComparer.Ordinal);

    /// <summary>
    /// Reads one node; a type the engine lacks is a placed workflow when the node names a <c>workflowDefinitionId</c>,
    /// else a <see cref="Activities.NotFoundActivity"/> placeholder. A node without a type, a bad input or a member of the
    /// wrong JSON type adds an error and yields null.
    /// </summary>
    public Activity? Read(JsonObject json, string path, List<string> errors)
    {
        try
        {
            return ReadNode(json, path, errors);
        }
        catch (InvalidOperationException)
        {
            // A JSON value cast to what it is not (a number where the id's text belongs, an object for a name …).
            errors.Add($"{path}: ett värde har fel JSON-typ (till exempel ett tal eller ett objekt där en text väntas).");
            return null;
        }
    }

    private Activity? ReadNode(JsonObject json, string path, List<string> errors)
    {
        json = NotFoundActivities.Unwrap(json);
        var typeName = (string?)json["type"];
        if (string.IsNullOrWhiteSpace(typeName))
        {
            errors.Add($"{path}: aktiviteten saknar type (aktivitetstypens namn).");
            return null;
        }
        var version = json["version"] is JsonValue v && v.TryGetValue<int>(out var number) ? number : (int?)null;
        var type = registry.Find(typeName, version);
        // A workflow placed as an activity: its type is the workflow's name, which no class declares.
        if (type is null && json["workflowDefinitionId"] is JsonValue) type = typeof(Activities.WorkflowDefinitionActivity);
        // As Elsa: a version the engine lacks falls back to the newest version of the type; a type it lacks becomes a placeholder.
        type ??= registry.Find(typeName);
        var activity = type is null
            ? NotFoundActivities.Placeholder(json, typeName, version)
            : (Activity)Activator.CreateInstance(type)!;
        if (type is null) registry.NoteMissing(typeName, activity.Version);
        if (activity is Activities.WorkflowDefinitionActivity placed)
        {
            placed.TypeName = typeName;
            // A workflow node's version is the version of the workflow it runs (Elsa's), not a class's: kept as written.
            if (version is { } workflowVersion) placed.Version = workflowVersion;
        }
        activity.Id = (string?)json["id"] ?? "";
        activity.NodeId = (string?)json["nodeId"] ?? "";
        activity.Name = (string?)json["name"];
        activity.Metadata = json["metadata"] is JsonObject metadata ? (JsonObject)metadata.DeepClone() : [];
        activity.CustomProperties = json["customProperties"] is JsonObject custom ? (JsonObject)custom.DeepClone() : [];
        if (type is null) return activity;
        var taken = new HashSet<string>(CommonKeys, StringComparer.Ordinal);
        var properties = ActivityProperties.Of(type);
        foreach (var input in properties.Inputs)
        {
            var key = ActivityProperties.JsonKey(input.Property);
            if (input.HoldsActivities || !json.ContainsKey(key)) continue;
            taken.Add(key);
            try
            {
                input.Property.SetValue(activity, input.IsWrapped ? ReadInput(json[key], input.ValueType) : ValueConverter.Convert(json[key], input.ValueType));
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException)
            {
                errors.Add($"{path}.{key}: {e.Message}");
            }
        }
        foreach (var output in properties.Outputs)
        {
            var key = ActivityProperties.JsonKey(output);
            if (json[key] is not JsonObject outputJson || (string?)outputJson["memoryReference"]?["id"] is not { } variable) continue;
            taken.Add(key);
            var value = (Output)Activator.CreateInstance(output.PropertyType)!;
            value.Variable = variable;
            value.Json = (JsonObject)outputJson.DeepClone();
            output.SetValue(activity, value);
        }
        var reader = new ActivityJsonReader(this, json, path, errors);
        foreach (var port in properties.Ports)
        {
            var key = ActivityProperties.JsonKey(port);
            if (json.ContainsKey(key)) port.SetValue(activity, reader.ReadActivity(key));
        }
        activity.ReadJson(reader);
        taken.UnionWith(reader.Taken);
        activity.UnknownProperties = [];
        foreach (var (key, value) in json.Where(p => !taken.Contains(p.Key)))
            activity.UnknownProperties[key] = value?.DeepClone();
        return activity;
    }

    /// <summary>Writes one node and everything below it.</summary>
    public JsonObject Write(Activity activity)
    {
        if (activity is Activities.NotFoundActivity placeholder) return NotFoundActivities.Write(placeholder);
        var json = new JsonObject
        {
            ["id"] = activity.Id,
            ["nodeId"] = activity.NodeId,
            ["name"] = activity.Name,
            ["type"] = activity.Type,
            ["version"] = activity.Version,
            ["customProperties"] = activity.CustomProperties.DeepClone(),
            ["metadata"] = activity.Metadata.DeepClone(),
        };
        var properties = ActivityProperties.Of(activity.GetType());
        foreach (var input in properties.Inputs)
        {
            var value = input.Property.GetValue(activity);
            if (value is null || input.HoldsActivities) continue;
            json[ActivityProperties.JsonKey(input.Property)] = value is Input wrapped ? WriteInput(wrapped) : ValueConverter.ToNode(value);
        }
        foreach (var property in properties.Outputs)
        {
            if (property.GetValue(activity) is not Output { Variable: { } variable } output) continue;
            json[ActivityProperties.JsonKey(property)] = WriteOutput(output, variable);
        }
        var writer = new ActivityJsonWriter(this, json);
        foreach (var port in properties.Ports)
            writer.WriteActivity(ActivityProperties.JsonKey(port), port.GetValue(activity) as Activity);
        activity.WriteJson(writer);
        foreach (var (key, value) in activity.UnknownProperties)
        {
            if (!json.ContainsKey(key)) json[key] = value?.DeepClone();
        }
        return json;
    }

    /// <summary>An output bound to <paramref name="variable"/>: its JSON as read while the binding is unchanged.</summary>
    internal static JsonObject WriteOutput(Output output, string variable) =>
        (string?)output.Json?["memoryReference"]?["id"] == variable
            ? (JsonObject)output.Json!.DeepClone()
            : new JsonObject { ["typeName"] = TypeAliases.AliasOf(output.ValueType), ["memoryReference"] = new JsonObject { ["id"] = variable } };

    /// <summary>An input from its JSON: a wrapped expression <c>{typeName, expression}</c> or a bare literal value.</summary>
    internal static Input ReadInput(JsonNode? node, Type valueType)
    {
        var inputType = typeof(Input<>).MakeGenericType(valueType);
        var wrapper = node as JsonObject;
        var isWrapped = wrapper is not null && wrapper.ContainsKey("expression");
        var expression = isWrapped
            ? new Expression((string?)wrapper!["expression"]?["type"] ?? ExpressionTypes.Literal, wrapper["expression"]?["value"]?.DeepClone())
            : new Expression(ExpressionTypes.Literal, node?.DeepClone());
        var input = (Input)inputType.GetConstructor([typeof(Expression)])!.Invoke([expression]);
        input.IsRaw = !isWrapped;
        if (!isWrapped) return input;
        input.TypeName = (string?)wrapper!["typeName"];
        var extra = wrapper.Where(p => p.Key is not ("typeName" or "expression")).ToList();
        if (extra.Count > 0) input.Extra = new JsonObject(extra.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        return input;
    }

    /// <summary>The JSON of an input, in the form it was read.</summary>
    internal static JsonNode? WriteInput(Input input)
    {
        if (input.IsRaw && input.Expression.Type == ExpressionTypes.Literal) return input.Expression.Value?.DeepClone();
        var json = new JsonObject
        {
            ["typeName"] = input.TypeName,
            ["expression"] = new JsonObject { ["type"] = input.Expression.Type, ["value"] = input.Expression.Value?.DeepClone() },
        };
        foreach (var (key, value) in input.Extra ?? []) json[key] = value?.DeepClone();
        return json;
    }
}
