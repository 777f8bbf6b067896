namespace ENamnd.Engine.Model;

/// <summary>One end of a flowchart connection: an activity id and a port (null means <c>Done</c>/<c>In</c>).</summary>
public sealed record Endpoint(string Activity, string? Port);
