using System.Text.Json;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Serialization;

/// <summary>Serializes instance state to JSON and back, for stores.</summary>
public static class WorkflowStateSerializer
{
    /// <summary>The instance as JSON text.</summary>
    public static string Serialize(WorkflowInstance instance) => JsonSerializer.Serialize(instance, ValueConverter.JsonOptions);

    /// <summary>An instance from JSON text.</summary>
    public static WorkflowInstance Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowInstance>(json, ValueConverter.JsonOptions)
        ?? throw new JsonException("The instance state is empty.");
}
