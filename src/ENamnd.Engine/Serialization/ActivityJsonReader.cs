using System.Text.Json.Nodes;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Serialization;

/// <summary>Reads the structural properties of one activity node; what it takes is not kept as unknown.</summary>
public sealed class ActivityJsonReader
{
    private readonly ActivityJsonSerializer serializer;
    private readonly JsonObject json;
    private readonly string path;
    private readonly List<string> errors;

    internal ActivityJsonReader(ActivityJsonSerializer serializer, JsonObject json, string path, List<string> errors)
    {
        this.serializer = serializer;
        this.json = json;
        this.path = path;
        this.errors = errors;
    }

    internal HashSet<string> Taken { get; } = new(StringComparer.Ordinal);

    /// <summary>The value of a property, marked as used.</summary>
    public JsonNode? Take(string key)
    {
        Taken.Add(key);
        return json[key];
    }

    /// <summary>The value of a property, not marking it as used.</summary>
    public JsonNode? Peek(string key) => json[key];

    /// <summary>Marks a property as unused again, so it is kept verbatim as an unknown property.</summary>
    public void Untake(string key) => Taken.Remove(key);

    /// <summary>The node's property names.</summary>
    public IEnumerable<string> Keys => json.Select(p => p.Key).ToList();

    /// <summary>Whether a property has been used already (by a common key, an input or this reader).</summary>
    public bool IsTaken(string key) => Taken.Contains(key) || ActivityJsonSerializer.IsCommonKey(key);

    /// <summary>Reads an input that no property declares (a wrapped expression or a bare value), marked as used.</summary>
    public Input ReadInput(string key, Type valueType) => ActivityJsonSerializer.ReadInput(Take(key), valueType);

    /// <summary>Reads an array of child activities; an unknown type is reported, never dropped silently.</summary>
    public List<Activity> ReadActivities(string key)
    {
        var result = new List<Activity>();
        var node = Take(key);
        if (node is null) return result;
        if (node is not JsonArray array)
        {
            errors.Add($"{path}.{key}: aktiviteterna måste vara en JSON-lista.");
            return result;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}.{key}[{i}]";
            if (array[i] is not JsonObject item)
            {
                errors.Add($"{itemPath}: en aktivitet måste vara ett JSON-objekt.");
                continue;
            }
            if (serializer.Read(item, itemPath, errors) is { } activity) result.Add(activity);
        }
        return result;
    }

    /// <summary>Reads one embedded child activity (a port such as <c>then</c> or <c>body</c>); JSON null means none.</summary>
    public Activity? ReadActivity(string key) => ReadActivity(Take(key), key);

    /// <summary>Reads a child activity found below this node, e.g. the <c>activity</c> of a switch case at <c>cases[0].activity</c>.</summary>
    public Activity? ReadActivity(JsonNode? node, string relativePath)
    {
        var itemPath = $"{path}.{relativePath}";
        switch (node)
        {
            case null:
                return null;
            case JsonObject item:
                return serializer.Read(item, itemPath, errors);
            default:
                errors.Add($"{itemPath}: en aktivitet måste vara ett JSON-objekt.");
                return null;
        }
    }

    /// <summary>Records a problem with this node's JSON; the definition is then refused.</summary>
    public void AddError(string relativePath, string message) => errors.Add($"{path}.{relativePath}: {message}");

    /// <summary>
    /// Reads flowchart connections in either of Elsa 3's forms, <c>source/target {activity, port}</c> or the older flat
    /// <c>source, sourcePort, target, targetPort</c> (member names camelCased or PascalCased, as Elsa reads them),
    /// keeping other data (vertices and the like) verbatim.
    /// </summary>
    public List<Connection> ReadConnections(string key)
    {
        var result = new List<Connection>();
        var node = Take(key);
        if (node is null) return result;
        if (node is not JsonArray array)
        {
            errors.Add($"{path}.{key}: kopplingarna måste vara en JSON-lista.");
            return result;
        }
        for (var i = 0; i < array.Count; i++)
        {
            if (ConnectionOf(array[i]) is { } connection) result.Add(connection);
            else errors.Add($"{path}.{key}[{i}]: en koppling måste ha source.activity och target.activity (eller source och target som id med sourcePort och targetPort).");
        }
        return result;
    }

    /// <summary>One connection in either form (see <see cref="ReadConnections"/>), or null when it names no source or target.</summary>
    public static Connection? ConnectionOf(JsonNode? node)
    {
        if (node is not JsonObject item || EndpointOf(item, "source", "sourcePort") is not { } from || EndpointOf(item, "target", "targetPort") is not { } to)
            return null;
        var extra = (JsonObject)item.DeepClone();
        foreach (var name in new[] { "source", "target", "sourcePort", "targetPort" })
        {
            extra.Remove(name);
            extra.Remove(Pascal(name));
        }
        return new Connection(from, to) { Extra = extra };
    }

    // An end of a connection in either form: { "activity": id, "port": … }, or the flat id with its port beside it.
    private static Endpoint? EndpointOf(JsonObject connection, string end, string flatPort) => Member(connection, end) switch
    {
        JsonObject nested when Text(Member(nested, "activity")) is { } id => new Endpoint(id, Text(Member(nested, "port"))),
        JsonValue flat when Text(flat) is { } id => new Endpoint(id, Text(Member(connection, flatPort))),
        _ => null,
    };

    private static JsonNode? Member(JsonObject json, string name) => json[name] ?? json[Pascal(name)];

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
