using System.Text.Json.Nodes;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Serialization;

/// <summary>Writes the structural properties of one activity node.</summary>
public sealed class ActivityJsonWriter
{
    private readonly ActivityJsonSerializer serializer;

    internal ActivityJsonWriter(ActivityJsonSerializer serializer, JsonObject json)
    {
        this.serializer = serializer;
        Json = json;
    }

    /// <summary>The node being written.</summary>
    public JsonObject Json { get; }

    /// <summary>Writes an input that no property declares, in the form it was read.</summary>
    public void WriteInput(string key, Input input) => Json[key] = ActivityJsonSerializer.WriteInput(input);

    /// <summary>Writes an output that no property declares: its binding, or its JSON as read when it has none.</summary>
    public void WriteOutput(string key, Output output) =>
        Json[key] = output.Variable is { } variable ? ActivityJsonSerializer.WriteOutput(output, variable) : output.Json?.DeepClone();

    /// <summary>Writes an array of child activities.</summary>
    public void WriteActivities(string key, IEnumerable<Activity> activities) =>
        Json[key] = new JsonArray([.. activities.Select(a => (JsonNode)serializer.Write(a))]);

    /// <summary>Writes one embedded child activity, or JSON null when there is none (as Elsa writes an empty port).</summary>
    public void WriteActivity(string key, Activity? activity) => Json[key] = activity is null ? null : WriteActivity(activity);

    /// <summary>The JSON of a child activity, for structures that nest activities (e.g. switch cases).</summary>
    public JsonObject WriteActivity(Activity activity) => serializer.Write(activity);

    /// <summary>Writes flowchart connections with their designer data.</summary>
    public void WriteConnections(string key, IEnumerable<Connection> connections) =>
        Json[key] = new JsonArray([.. connections.Select(c => (JsonNode)Write(c))]);

    private static JsonObject Write(Connection connection)
    {
        var json = new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = connection.Source.Activity, ["port"] = connection.Source.Port },
            ["target"] = new JsonObject { ["activity"] = connection.Target.Activity, ["port"] = connection.Target.Port },
        };
        foreach (var (key, value) in connection.Extra) json[key] = value?.DeepClone();
        return json;
    }
}
