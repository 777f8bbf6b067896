using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// A fact a step writes beside the instance (e.g. a task opened or decided). A durable store writes
/// it in the step's transaction and may refuse it, which rolls the whole step back.
/// </summary>
public sealed record StepRecord(string Kind, JsonObject Payload);
