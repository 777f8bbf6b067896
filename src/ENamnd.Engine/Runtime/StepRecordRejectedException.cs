namespace ENamnd.Engine.Runtime;

/// <summary>A store refused a step record (e.g. a task already decided); the step was not committed.</summary>
public sealed class StepRecordRejectedException(string kind, string message) : Exception(message)
{
    /// <summary>The kind of the refused record.</summary>
    public string Kind { get; } = kind;
}
