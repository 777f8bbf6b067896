using System.Text.Json.Nodes;

namespace ENamnd.Engine.Model;

/// <summary>A flowchart connection from an activity's outcome port to another activity.</summary>
public sealed record Connection(Endpoint Source, Endpoint Target)
{
    /// <summary>Designer data of the connection (vertices and the like), kept verbatim.</summary>
    public JsonObject Extra { get; init; } = [];

    /// <summary>The source port, with <c>Done</c> for an unnamed one.</summary>
    public string SourcePort => Source.Port ?? Ports.Done;

    /// <summary>A stable key for the connection, used to track tokens at joins.</summary>
    public string Key => $"{Source.Activity}:{SourcePort}->{Target.Activity}";
}
