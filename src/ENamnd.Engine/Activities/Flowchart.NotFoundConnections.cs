using System.Text.Json.Nodes;
using ENamnd.Engine.Serialization;

namespace ENamnd.Engine.Activities;

public sealed partial class Flowchart
{
    private const string NotFoundConnectionsProperty = "notFoundConnections";

    // Elsa moves the connections of an activity whose type it lacks into customProperties.notFoundConnections, and puts
    // them back once both ends are activities it has again. So does this: a definition exported by an Elsa server that
    // lacked a type gets its connections back here, and those still pointing at placeholders stay where they were.
    private void RestoreFoundConnections()
    {
        if (CustomProperties[NotFoundConnectionsProperty] is not JsonArray parked || parked.Count == 0) return;
        foreach (var node in parked.ToList())
        {
            if (ActivityJsonReader.ConnectionOf(node) is not { } connection || !IsRealActivity(connection.Source.Activity) || !IsRealActivity(connection.Target.Activity))
                continue;
            if (!Connections.Any(c => c.Key == connection.Key && c.Target.Port == connection.Target.Port)) Connections.Add(connection);
            parked.Remove(node);
        }
    }

    private bool IsRealActivity(string id) => Activities.Any(a => a.Id == id && a is not NotFoundActivity);
}
