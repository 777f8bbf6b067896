using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Runtime;

public sealed partial class ActivityExecutionContext
{
    private LogPersistencePolicy? logPersistence;

    /// <summary>Which of this execution's inputs and outputs the journal keeps (see <see cref="LogPersistencePolicy"/>).</summary>
    public LogPersistencePolicy LogPersistence => logPersistence ??= new LogPersistencePolicy(WorkflowContext.Workflow.Definition.CustomProperties, Activity, EvaluateMode);

    /// <summary>
    /// Keeps an evaluated input for the journal, when its mode includes it and it is no secret. Kept in the execution's
    /// persisted state (so a wait does not lose it) until the entry that ends or suspends the execution copies it.
    /// </summary>
    internal void RecordInput(string name, object? value, bool sensitive = false)
    {
        if (sensitive || LogPersistence.InputMode(name) != LogPersistenceMode.Include) return;
        (State.Inputs ??= [])[name] = ValueConverter.ToNode(value);
    }

    private void RecordInput(Input input, object? value)
    {
        // The input is one of the activity's properties; an expression evaluated otherwise (a case's condition) is no input.
        var property = ActivityProperties.Of(Activity.GetType()).Inputs.FirstOrDefault(p => p.IsWrapped && ReferenceEquals(p.Property.GetValue(Activity), input));
        if (property is not null) RecordInput(property.Property.Name, value, property.Attribute?.IsSensitive == true);
    }

    private void RecordOutput(string name, JsonNode? value)
    {
        if (LogPersistence.OutputMode(name) != LogPersistenceMode.Include) return;
        (State.Outputs ??= [])[name] = value?.DeepClone();
    }

    // Elsa falls back to the level above when a mode expression fails or yields no mode; so does this, with a warning.
    private LogPersistenceMode? EvaluateMode(Expression expression)
    {
        try
        {
            return LogPersistenceSettings.ParseMode(ValueConverter.ToNode(Evaluate(expression, typeof(string))));
        }
        catch (Exception e) when (e is ExpressionException or FormatException)
        {
            Logger.LogWarning(e, "The log persistence expression of {ActivityNodeId} failed; the level above applies", Activity.NodeId);
            return null;
        }
    }
}
