using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;

namespace ENamnd.Persistence;

/// <summary>An instance's status and its variables, as <see cref="InstanceVariables"/> reads them.</summary>
public sealed record InstanceVariablesRow(WorkflowStatus Status, WorkflowSubStatus SubStatus, JsonObject Variables);
